namespace Vigil.Collect.X;

/// <summary>
/// An X watch target: a recent-search query in X's own syntax (<c>"safe trip" lang:ar -is:retweet</c>),
/// up to 512 characters (the limit of the self-serve tiers).
/// </summary>
public sealed record XTarget(string Query)
{
    public const int MaxQueryLength = 512;

    public static XTarget? Parse(string? text, out string? problem)
    {
        var q = (text ?? "").Trim();
        if (q.StartsWith("search:", StringComparison.OrdinalIgnoreCase))
        {
            q = q["search:".Length..].Trim();
        }

        if (q.Length is 0 or > MaxQueryLength || q.Any(char.IsControl))
        {
            problem = $"an X watch is a search query of 1 to {MaxQueryLength} characters, on one line";
            return null;
        }

        problem = null;
        return new XTarget(q);
    }

    public override string ToString() => Query;
}
