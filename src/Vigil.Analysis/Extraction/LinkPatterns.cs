using System.Text.RegularExpressions;

namespace Vigil.Analysis.Extraction;

/// <summary>Compiled patterns for messaging links, e-mails and @mentions (run on digit-normalised text).</summary>
internal static partial class LinkPatterns
{
    /// <summary>Links to messaging platforms, social networks and URL shorteners, with or without a scheme.</summary>
    [GeneratedRegex(
        @"(?<![\w@.\-])(?:https?://)?(?:www\.|m\.|mobile\.|web\.)?(?<host>t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|whatsapp\.com|invite\.viber\.com|viber\.me|signal\.me|signal\.group|instagram\.com|instagr\.am|vm\.tiktok\.com|vt\.tiktok\.com|tiktok\.com|facebook\.com|fb\.com|fb\.me|fb\.watch|bit\.ly|tinyurl\.com|goo\.gl|cutt\.ly|t\.co|is\.gd|ow\.ly|rb\.gy|shorturl\.at|tiny\.cc|s\.id|linktr\.ee|bitly\.com|buff\.ly|rebrand\.ly)(?<path>[/?#][^\s<>""'«»\u060C\u061B]*)?(?![\w.\-]*\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex Link();

    /// <summary>The viber:// scheme (chat with a number, public account).</summary>
    [GeneratedRegex(@"viber://(?:chat|add|contact)\?number=(?:%2B|\+)?(?<digits>\d{7,15})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex ViberScheme();

    [GeneratedRegex(@"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w\-])", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    /// <summary>An @mention: letters, digits, underscores and inner dots (Instagram allows dots).</summary>
    [GeneratedRegex(@"(?<![\w@./])@(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex Mention();

    /// <summary>Platform names that, shortly before an @mention, say where the handle lives.</summary>
    [GeneratedRegex(
        @"(?<instagram>insta(?:gram)?|انستا(?:غرام|جرام)?|اینستا(?:گرام)?|инста(?:грам)?|\big\b)|(?<tiktok>tik\s?tok|تيك\s?توك|تیک\s?تاک|тик\s?ток)|(?<signal>signal|سيجنال|سیگنال)|(?<viber>viber|فايبر|وایبر|вайбер)|(?<facebook>facebook|\bfb\b|فيسبوك|فيس|فیسبوک|фейсбук)|(?<telegram>telegram|\btg\b|تلغرام|تليجرام|تلگرام|телеграм|телега)|(?<twitter>twitter|x\.com|تويتر)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft)]
    internal static partial Regex PlatformWord();
}
