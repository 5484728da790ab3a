using System.Text.RegularExpressions;

namespace Vigil.Collect.Reddit;

/// <summary>
/// What a Reddit watch reads: a subreddit's newest posts (<c>r/name</c> or <c>name</c>), a site-wide
/// search (<c>search:words</c>) or a search inside one subreddit (<c>r/name/search:words</c>).
/// Searches are always sorted by date so they can be read incrementally.
/// </summary>
public sealed partial record RedditTarget(string? Subreddit, string? Query)
{
    /// <summary>Reads a watch target; null with a reason when it is not one of the forms above.</summary>
    public static RedditTarget? Parse(string? text, out string? problem)
    {
        problem = null;
        var t = (text ?? "").Trim();
        string? query = null;
        var search = t.IndexOf("search:", StringComparison.OrdinalIgnoreCase);
        if (search >= 0)
        {
            query = t[(search + "search:".Length)..].Trim();
            t = t[..search].TrimEnd('/');
            if (query.Length is 0 or > 512 || query.Any(char.IsControl))
            {
                problem = "a Reddit search needs 1 to 512 characters of words after 'search:'";
                return null;
            }
        }

        t = t.Trim('/');

        if (t.StartsWith("r/", StringComparison.OrdinalIgnoreCase))
        {
            t = t[2..];
        }

        if (t.Length == 0)
        {
            if (query is null)
            {
                problem = "a Reddit watch needs a subreddit (r/name) or a search (search:words)";
                return null;
            }

            return new RedditTarget(null, query);
        }

        if (!SubredditName().IsMatch(t))
        {
            problem = $"'{Shorten(t)}' is not a subreddit name (letters, digits and _; 2 to 21 characters)";
            return null;
        }

        return new RedditTarget(t.ToLowerInvariant(), query);
    }

    public override string ToString() => (Subreddit, Query) switch
    {
        ({ } s, null) => $"r/{s}",
        ({ } s, { } q) => $"r/{s}/search:{q}",
        _ => $"search:{Query}",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_]{1,20}$")]
    private static partial Regex SubredditName();
}
