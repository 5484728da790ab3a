using System.Text.RegularExpressions;

namespace Vigil.Collect.YouTube;

/// <summary>What a YouTube watch reads.</summary>
public enum YouTubeTargetKind
{
    /// <summary>Videos matching words (<c>search.list</c>, newest first): title and description.</summary>
    Search,

    /// <summary>Comment threads under one video (<c>commentThreads.list</c>, newest first).</summary>
    Comments,

    /// <summary>A channel's videos (<c>search.list</c> with <c>channelId</c>, newest first).</summary>
    Channel,
}

/// <summary>
/// A YouTube watch target: <c>search:words</c>, <c>comments:VIDEO_ID</c> (11 characters, or a
/// <c>watch?v=</c> link) or <c>channel:UC…</c> (24 characters).
/// </summary>
public sealed partial record YouTubeTarget(YouTubeTargetKind Kind, string Value)
{
    public static YouTubeTarget? Parse(string? text, out string? problem)
    {
        problem = null;
        var t = (text ?? "").Trim();
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = colon < 0 ? ("", t) : (t[..colon].ToLowerInvariant(), t[(colon + 1)..].Trim());
        switch (kind)
        {
            case "search" when value.Length is > 0 and <= 500 && !value.Any(char.IsControl):
                return new(YouTubeTargetKind.Search, value);
            case "comments" when VideoId(value) is { } id:
                return new(YouTubeTargetKind.Comments, id);
            case "channel" when ChannelId().IsMatch(value):
                return new(YouTubeTargetKind.Channel, value);
            default:
                problem = "a YouTube watch is search:words, comments:VIDEO_ID (11 characters) or channel:UC… (a 24-character channel id)";
                return null;
        }
    }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Value}";

    /// <summary>An 11-character video id, alone or as the <c>v</c> parameter of a youtube.com/youtu.be link.</summary>
    private static string? VideoId(string value)
    {
        var m = VideoIdIn().Match(value);
        return m.Success ? m.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/watch\?(?:.*&)?v=|youtu\.be/))?(?<id>[A-Za-z0-9_-]{11})(?:[&#?].*)?$")]
    private static partial Regex VideoIdIn();

    [GeneratedRegex("^UC[A-Za-z0-9_-]{22}$")]
    private static partial Regex ChannelId();
}
