using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers;

/// <summary>
/// What a page parser returns for one API response or web page: the posts, the records that could
/// not be read (index in the page and reason), and the cursor for the next page when there is one.
/// Pure data, so connectors can reuse the parsers on live responses.
/// </summary>
public sealed record PostPage(IReadOnlyList<Post> Posts, IReadOnlyList<PageProblem> Problems, string? NextCursor)
{
    public static PostPage Empty(string problem) => new([], [new PageProblem(-1, problem)], null);

    internal static PostPage From(IEnumerable<Mapped> mapped, string? cursor)
    {
        var posts = new List<Post>();
        var problems = new List<PageProblem>();
        var i = 0;
        foreach (var m in mapped)
        {
            if (m.Post is { } p)
            {
                posts.Add(p);
            }
            else if (m.Error is { } e)
            {
                problems.Add(new PageProblem(i, e));
            }

            i++;
        }

        return new PostPage(posts, problems, cursor);
    }
}

/// <summary>A record of a page that could not be read: its 0-based index (-1 for the whole page) and a reason.</summary>
public sealed record PageProblem(int Index, string Reason);
