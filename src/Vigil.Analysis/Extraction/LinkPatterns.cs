using System.Buffers;
using System.Text.RegularExpressions;

namespace Vigil.Analysis.Extraction;

/// <summary>Compiled patterns for messaging links, e-mails and @mentions (run on digit-normalised text).</summary>
internal static partial class LinkPatterns
{
    /// <summary>The platform and shortener hosts a <see cref="Link"/> can name (a regular-expression alternation).</summary>
    internal const string LinkHostAlternation =
        @"t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|whatsapp\.com|invite\.viber\.com|viber\.me|signal\.me|signal\.group|instagram\.com|instagr\.am|vm\.tiktok\.com|vt\.tiktok\.com|tiktok\.com|facebook\.com|fb\.com|fb\.me|fb\.watch|bit\.ly|tinyurl\.com|goo\.gl|cutt\.ly|t\.co|is\.gd|ow\.ly|rb\.gy|shorturl\.at|tiny\.cc|s\.id|linktr\.ee|bitly\.com|buff\.ly|rebrand\.ly";

    /// <summary>The hosts of <see cref="LinkHostAlternation"/> as plain text.</summary>
    internal static readonly string[] LinkHosts = [.. LinkHostAlternation.Split('|').Select(h => h.Replace(@"\.", ".", StringComparison.Ordinal))];

    private static readonly SearchValues<string> LinkHostValues = SearchValues.Create(LinkHosts, StringComparison.OrdinalIgnoreCase);

    // Interpreted, not source-generated: the generated matcher of this alternation is one 13 KB method whose
    // optimised (tier-1) compilation, once a run had called it often enough, took ~10 MB of JIT memory that the
    // runtime kept for the rest of the process (peak memory of `vigil analyze` grew with the input because of it;
    // docs/benchmarks.md). Behind <see cref="MayContainLink"/> it runs on the few texts that name a host, so the
    // interpreter costs less than the generated matcher did on every text with a dot. Same engine semantics.
    private static readonly Regex LinkRegex = new(
        @"(?<![\w@.\-])(?:https?://)?(?:www\.|m\.|mobile\.|web\.)?(?<host>" + LinkHostAlternation + @")(?<path>[/?#][^\s<>""'«»\u060C\u061B]*)?(?![\w.\-]*\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Links to messaging platforms, social networks and URL shorteners, with or without a scheme.</summary>
    internal static Regex Link() => LinkRegex;

    /// <summary>
    /// False only when <see cref="Link"/> cannot match <paramref name="text"/>: no host appears in it, compared as the
    /// regular expression compares (ASCII case-insensitively; its only other equivalence for these letters is the
    /// Kelvin sign U+212A for "k", so a text holding one is always matched).
    /// </summary>
    internal static bool MayContainLink(ReadOnlySpan<char> text) => text.ContainsAny(LinkHostValues) || text.Contains('\u212A');

    /// <summary>The viber:// scheme (chat with a number, public account).</summary>
    [GeneratedRegex(@"viber://(?:chat|add|contact)\?number=(?:%2B|\+)?(?<digits>\d{7,15})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex ViberScheme();

    [GeneratedRegex(@"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w\-])", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    /// <summary>An @mention: letters, digits, underscores and inner dots (Instagram allows dots).</summary>
    [GeneratedRegex(@"(?<![\w@./])@(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex Mention();

    // Interpreted for the same reason as Link (a 16 KB generated method); it reads a few words before an @mention.
    private static readonly Regex PlatformWordRegex = new(
        @"(?<instagram>insta(?:gram)?|انستا(?:غرام|جرام)?|اینستا(?:گرام)?|инста(?:грам)?|\big\b)|(?<tiktok>tik\s?tok|تيك\s?توك|تیک\s?تاک|тик\s?ток)|(?<signal>signal|سيجنال|سیگنال)|(?<viber>viber|فايبر|وایبر|вайбер)|(?<facebook>facebook|\bfb\b|فيسبوك|فيس|فیسبوک|фейсбук)|(?<telegram>telegram|\btg\b|تلغرام|تليجرام|تلگرام|телеграм|телега)|(?<twitter>twitter|x\.com|تويتر)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft);

    /// <summary>Platform names that, shortly before an @mention, say where the handle lives.</summary>
    internal static Regex PlatformWord() => PlatformWordRegex;
}
