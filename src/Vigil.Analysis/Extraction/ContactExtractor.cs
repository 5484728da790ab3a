using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// Finds phone numbers, messaging handles and links, e-mails and shortened URLs in free text, in any
/// script. Digits are normalised first (Arabic-Indic, Persian, full-width); phone numbers may be broken by
/// spaces, dots, dashes, parentheses and short words, and are validated with libphonenumber. A number
/// without an international prefix gets its country from the caller's region hints (places and language
/// of the post), else from <see cref="RegionHints.RouteFallback"/>.
/// Everything it returns is personal data in clear: callers pseudonymise it or keep it inside an
/// authorised operation. Nothing is logged. Thread-safe; one shared instance is enough.
/// </summary>
public sealed class ContactExtractor
{
    private const int MinPhoneDigits = 8;
    private const int MaxPhoneDigits = 17;
    private const int MaxGroupsPerRun = 10;

    private readonly PhoneNumberUtil _util = PhoneNumberUtil.GetInstance();

    /// <summary>A process-wide instance (the phone metadata is loaded once).</summary>
    public static ContactExtractor Shared { get; } = new();

    /// <summary>Phones, handles and links of <paramref name="text"/>; offsets refer to the original text.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="regionHints">ISO 3166-1 regions to try, in order, for numbers without a country prefix.</param>
    public ContactMatches Find(string text, IReadOnlyList<string> regionHints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regionHints);
        var normalized = DigitNormalizer.Normalize(text);
        List<PhoneMatch>? phones = null;
        List<HandleMatch>? handles = null;
        List<(int Start, int End)>? taken = null;

        if (normalized.Contains('@'))
        {
            foreach (Match m in LinkPatterns.Email().Matches(normalized))
            {
                var value = m.Value.ToLowerInvariant();
                Add(ref handles, new HandleMatch(m.Index, m.Length, "email", value, value, IdentifierKind.Email), ref taken);
            }
        }

        if (normalized.Contains('.') || normalized.Contains("viber:", StringComparison.OrdinalIgnoreCase))
        {
            // Most texts with a dot name no link host: the link pattern then cannot match and is not run.
            if (LinkPatterns.MayContainLink(normalized))
            {
                foreach (Match m in LinkPatterns.Link().Matches(normalized))
                {
                    if (Overlaps(taken, m.Index, m.Length))
                    {
                        continue;
                    }

                    var length = TrimTrailingPunctuation(normalized, m.Index, m.Length);
                    var host = m.Groups["host"].Value.ToLowerInvariant();
                    var pathGroup = m.Groups["path"];
                    var path = pathGroup.Success ? normalized.Substring(pathGroup.Index, m.Index + length - pathGroup.Index) : string.Empty;
                    switch (ReadLink(host, path))
                    {
                        case LinkPhone(var digits):
                            if (TryInternational(digits, lenient: true, out var e164, out var country))
                            {
                                Add(ref phones, new PhoneMatch(m.Index, length, e164, country, host), ref taken);
                            }

                            break;
                        case LinkHandle(var platform, var value, var key):
                            Add(ref handles, new HandleMatch(m.Index, length, platform, value, key, IdentifierKind.Handle), ref taken);
                            break;
                    }
                }
            }

            foreach (Match m in LinkPatterns.ViberScheme().Matches(normalized))
            {
                if (!Overlaps(taken, m.Index, m.Length) && TryInternational(m.Groups["digits"].Value, lenient: true, out var e164, out var country))
                {
                    Add(ref phones, new PhoneMatch(m.Index, m.Length, e164, country, "viber"), ref taken);
                }
            }
        }

        if (normalized.Contains('@'))
        {
            foreach (Match m in LinkPatterns.Mention().Matches(normalized))
            {
                var name = m.Groups["name"].Value;
                if (Overlaps(taken, m.Index, m.Length) || IsAllDigits(name))
                {
                    continue;
                }

                var value = "@" + name.ToLowerInvariant();
                Add(ref handles, new HandleMatch(m.Index, m.Length, PlatformBefore(normalized, m.Index), value, value, IdentifierKind.Handle), ref taken);
            }
        }

        if (HasDigitRun(normalized))
        {
            var buffer = normalized.ToCharArray();
            if (taken is not null)
            {
                foreach (var (start, end) in taken)
                {
                    Array.Fill(buffer, '\0', start, end - start);
                }
            }

            var regions = regionHints.Count > 0 ? regionHints : null;
            ScanPhones(buffer, regions, ref phones);
        }

        if (phones is null && handles is null)
        {
            return ContactMatches.Empty;
        }

        phones?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        handles?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new ContactMatches((IReadOnlyList<PhoneMatch>?)phones ?? [], (IReadOnlyList<HandleMatch>?)handles ?? []);
    }

    /// <summary>
    /// The E.164 form of a number written in any script and spacing, or null when it is not a valid number.
    /// A number without a country prefix is read in the first of <paramref name="regions"/> where it is valid.
    /// </summary>
    public string? ToE164(string written, IReadOnlyList<string> regions)
    {
        var normalized = DigitNormalizer.Normalize(written).Trim();
        var plus = normalized.StartsWith('+');
        var digits = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
        }

        return TryNumber(digits.ToString(), plus, regions.Count > 0 ? regions : null, out var e164, out _) ? e164 : null;
    }

    private static void Add<T>(ref List<T>? list, T item, ref List<(int Start, int End)>? taken)
    {
        (list ??= []).Add(item);
        var (start, length) = item switch
        {
            PhoneMatch p => (p.Start, p.Length),
            HandleMatch h => (h.Start, h.Length),
            _ => throw new ArgumentException("Unknown match type", nameof(item)),
        };
        (taken ??= []).Add((start, start + length));
    }

    private static bool Overlaps(List<(int Start, int End)>? taken, int start, int length)
    {
        if (taken is null)
        {
            return false;
        }

        var end = start + length;
        foreach (var (s, e) in taken)
        {
            if (start < e && s < end)
            {
                return true;
            }
        }

        return false;
    }

    private static int TrimTrailingPunctuation(string text, int start, int length)
    {
        while (length > 1 && text[start + length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '…' or '>' or '؟' or '،')
        {
            length--;
        }

        return length;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string PlatformBefore(string text, int index)
    {
        var from = Math.Max(0, index - 24);
        var m = LinkPatterns.PlatformWord().Match(text, from, index - from);
        if (!m.Success)
        {
            return "telegram";
        }

        foreach (var name in (ReadOnlySpan<string>)["instagram", "tiktok", "signal", "viber", "facebook", "telegram", "twitter"])
        {
            if (m.Groups[name].Success)
            {
                return name;
            }
        }

        return "telegram";
    }

    private abstract record LinkResult;

    private sealed record LinkPhone(string Digits) : LinkResult;

    private sealed record LinkHandle(string Platform, string Value, string Key) : LinkResult;

    private static bool IsTelegramName(ReadOnlySpan<char> s)
    {
        if (s.Length is < 4 or > 32 || !char.IsAsciiLetter(s[0]))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSimpleName(ReadOnlySpan<char> s, int max)
    {
        if (s.Length == 0 || s.Length > max)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '.' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    private static string DigitsOf(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>What a link points to: a phone number, an account or group, or nothing we keep.</summary>
    private static LinkResult? ReadLink(string host, string path)
    {
        var query = string.Empty;
        var q = path.IndexOfAny(['?', '#']);
        var purePath = path;
        if (q >= 0)
        {
            query = path[q..];
            purePath = path[..q];
        }

        var segments = purePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var s1 = segments.Length > 0 ? segments[0] : string.Empty;
        var s2 = segments.Length > 1 ? segments[1] : string.Empty;
        switch (host)
        {
            case "t.me" or "telegram.me" or "telegram.dog":
                if (s1.Length > 1 && s1[0] == '+' && IsAllDigits(s1[1..]))
                {
                    return new LinkPhone(s1[1..]);
                }

                if (s1.Length > 1 && s1[0] == '+')
                {
                    return Handle("telegram", "t.me/" + s1, caseSensitive: true);
                }

                if (s1 == "joinchat" && s2.Length > 0)
                {
                    return Handle("telegram", "t.me/joinchat/" + s2, caseSensitive: true);
                }

                if (s1 == "c" && s2.Length > 0)
                {
                    return Handle("telegram", "t.me/c/" + s2, caseSensitive: false);
                }

                if (s1 == "s" && IsTelegramName(s2))
                {
                    return Handle("telegram", "@" + s2, caseSensitive: false);
                }

                return IsTelegramName(s1) ? Handle("telegram", "@" + s1, caseSensitive: false) : null;

            case "wa.me":
                if (s1.Length > 0 && DigitsOf(s1).Length >= 7 && s1.TrimStart('+').All(char.IsAsciiDigit))
                {
                    return new LinkPhone(DigitsOf(s1));
                }

                return s1 == "message" && s2.Length > 0 ? Handle("whatsapp", "wa.me/message/" + s2, caseSensitive: true) : null;

            case "api.whatsapp.com" or "whatsapp.com":
                var phoneAt = query.IndexOf("phone=", StringComparison.OrdinalIgnoreCase);
                if (phoneAt >= 0)
                {
                    var rest = query[(phoneAt + 6)..];
                    var amp = rest.IndexOf('&');
                    var digits = DigitsOf((amp >= 0 ? rest[..amp] : rest).Replace("%2B", string.Empty, StringComparison.OrdinalIgnoreCase));
                    return digits.Length >= 7 ? new LinkPhone(digits) : null;
                }

                return s1 == "channel" && s2.Length > 0 ? Handle("whatsapp", "whatsapp.com/channel/" + s2, caseSensitive: true) : null;

            case "chat.whatsapp.com":
                return s1.Length > 0 ? Handle("whatsapp", "chat.whatsapp.com/" + s1, caseSensitive: true) : null;

            case "invite.viber.com" or "viber.me":
                return path.Length > 1 ? Handle("viber", host + path, caseSensitive: true) : null;

            case "signal.me":
                var plusAt = path.IndexOf("#p/", StringComparison.Ordinal);
                if (plusAt >= 0)
                {
                    var digits = DigitsOf(path.AsSpan(plusAt + 3));
                    return digits.Length >= 7 ? new LinkPhone(digits) : null;
                }

                return path.Length > 1 ? Handle("signal", host + path, caseSensitive: true) : null;

            case "signal.group":
                return path.Length > 1 ? Handle("signal", host + path, caseSensitive: true) : null;

            case "instagram.com" or "instagr.am":
                if (s1 is "p" or "reel" or "reels" or "tv")
                {
                    return s2.Length > 0 ? Handle("instagram", "instagram.com/" + s1 + "/" + s2, caseSensitive: true) : null;
                }

                if (s1 == "stories" && IsSimpleName(s2, 30))
                {
                    return Handle("instagram", "@" + s2, caseSensitive: false);
                }

                return IsSimpleName(s1, 30) && s1 is not "explore" and not "accounts" ? Handle("instagram", "@" + s1, caseSensitive: false) : null;

            case "tiktok.com":
                return s1.Length > 1 && s1[0] == '@' && IsSimpleName(s1.AsSpan(1), 30) ? Handle("tiktok", s1, caseSensitive: false) : null;

            case "vm.tiktok.com" or "vt.tiktok.com":
                return s1.Length > 0 ? Handle("tiktok", host + "/" + s1, caseSensitive: true) : null;

            case "facebook.com" or "fb.com":
                if (s1 == "profile.php")
                {
                    var idAt = query.IndexOf("id=", StringComparison.Ordinal);
                    var id = idAt >= 0 ? DigitsOf(query[(idAt + 3)..].Split('&')[0]) : string.Empty;
                    return id.Length > 0 ? Handle("facebook", "facebook.com/profile.php?id=" + id, caseSensitive: false) : null;
                }

                if (s1 is "groups" or "pages" or "people" && s2.Length > 0)
                {
                    return Handle("facebook", "facebook.com/" + s1 + "/" + s2, caseSensitive: false);
                }

                if (s1 is "sharer" or "sharer.php" or "share" or "watch" or "events" or "photo.php" or "story.php" or "permalink.php" or "hashtag" or "login" or "help" or "policies" or "")
                {
                    return null;
                }

                return IsSimpleName(s1, 50) ? Handle("facebook", "facebook.com/" + s1, caseSensitive: false) : null;

            case "fb.me" or "fb.watch":
                return s1.Length > 0 ? Handle("facebook", host + "/" + s1, caseSensitive: true) : null;

            default:
                // URL shorteners and link-in-bio pages: kept as URLs, since they hide where they lead.
                return path.Length > 1 ? Handle("url", host + path, caseSensitive: true) : null;
        }
    }

    /// <summary>Usernames are case-insensitive on every platform, invite codes and short links are not.</summary>
    private static LinkHandle Handle(string platform, string value, bool caseSensitive)
    {
        var shown = caseSensitive ? value : value.ToLowerInvariant();
        return new LinkHandle(platform, shown, shown);
    }

    private static bool HasDigitRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (++run >= 3)
                {
                    return true;
                }
            }
            else if (c is not ' ' and not '-' and not '.')
            {
                run = 0;
            }
        }

        return false;
    }

    private readonly record struct DigitGroup(int SpanStart, int DigitStart, int DigitEnd, bool Plus);

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\t' or '.' or '-' or '–' or '—' or '(' or ')' or '/' or '_'
        or '\u200E' or '\u200F' or '\u200C' or '\u200D' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private void ScanPhones(char[] buf, IReadOnlyList<string>? regions, ref List<PhoneMatch>? phones)
    {
        var n = buf.Length;
        var groups = new List<DigitGroup>(MaxGroupsPerRun);
        var i = 0;
        while (i < n)
        {
            var c = buf[i];
            var startsPlus = c == '+' && i + 1 < n && char.IsAsciiDigit(buf[i + 1]);
            if (!char.IsAsciiDigit(c) && !startsPlus)
            {
                i++;
                continue;
            }

            if (i > 0 && (char.IsAsciiLetterOrDigit(buf[i - 1]) || buf[i - 1] is '/' or '=' or '&' or '#' or '%' or '_' or '$' or '€' or '£'))
            {
                // Glued to a word or URL part ("ID12345678", "?id=…"): not a number someone is meant to dial.
                while (i < n && (char.IsAsciiLetterOrDigit(buf[i]) || buf[i] == '+'))
                {
                    i++;
                }

                continue;
            }

            groups.Clear();
            var p = i;
            var plus = startsPlus;
            var spanStart = i;
            while (true)
            {
                var digitStart = plus ? p + 1 : p;
                p = digitStart;
                while (p < n && char.IsAsciiDigit(buf[p]))
                {
                    p++;
                }

                if (p < n && char.IsLetter(buf[p]) && !IsArabicScript(buf[p]))
                {
                    // "2024th", "500k", "4500EUR": a quantity, not part of a number.
                    break;
                }

                groups.Add(new DigitGroup(spanStart, digitStart, p, plus));
                if (groups.Count == MaxGroupsPerRun)
                {
                    break;
                }

                var q = p;
                var words = 0;
                while (q < n && q - p <= 12)
                {
                    if (IsSeparator(buf[q]))
                    {
                        q++;
                        continue;
                    }

                    if (char.IsLetter(buf[q]) && words == 0)
                    {
                        var w = q;
                        while (w < n && char.IsLetter(buf[w]))
                        {
                            w++;
                        }

                        if (w - q <= 4)
                        {
                            words++;
                            q = w;
                            continue;
                        }
                    }

                    break;
                }

                if (q > p && q < n && (char.IsAsciiDigit(buf[q]) || (buf[q] == '+' && q + 1 < n && char.IsAsciiDigit(buf[q + 1]))))
                {
                    plus = buf[q] == '+';
                    spanStart = q;
                    p = q;
                    continue;
                }

                break;
            }

            SelectNumbers(buf, groups, regions, ref phones);
            i = Math.Max(p, i + 1);
        }
    }

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF';

    private void SelectNumbers(char[] buf, List<DigitGroup> groups, IReadOnlyList<string>? regions, ref List<PhoneMatch>? phones)
    {
        Span<char> digits = stackalloc char[MaxPhoneDigits + 1];
        var i = 0;
        while (i < groups.Count)
        {
            var found = false;
            for (var j = groups.Count - 1; j >= i && !found; j--)
            {
                var length = 0;
                var tooLong = false;
                for (var k = i; k <= j && !tooLong; k++)
                {
                    var g = groups[k];
                    if (length + (g.DigitEnd - g.DigitStart) > MaxPhoneDigits)
                    {
                        tooLong = true;
                        break;
                    }

                    buf.AsSpan(g.DigitStart, g.DigitEnd - g.DigitStart).CopyTo(digits[length..]);
                    length += g.DigitEnd - g.DigitStart;
                }

                if (tooLong || length < MinPhoneDigits || (groups[j].Plus && j > i) || LooksLikeDate(groups, i, j) || LooksLikeDecimal(buf, groups, i, j))
                {
                    continue;
                }

                if (TryNumber(digits[..length].ToString(), groups[i].Plus, regions, out var e164, out var country))
                {
                    var start = groups[i].SpanStart;
                    (phones ??= []).Add(new PhoneMatch(start, groups[j].DigitEnd - start, e164, country));
                    i = j + 1;
                    found = true;
                }
            }

            if (!found)
            {
                i++;
            }
        }
    }

    /// <summary>"1255153.25": two groups joined by a decimal mark, the second of one or two digits.</summary>
    private static bool LooksLikeDecimal(char[] buf, List<DigitGroup> groups, int i, int j)
    {
        if (j != i + 1 || groups[j].DigitEnd - groups[j].DigitStart > 2 || groups[j].DigitStart - groups[i].DigitEnd != 1)
        {
            return false;
        }

        return buf[groups[i].DigitEnd] is '.' or ',';
    }

    private static bool LooksLikeDate(List<DigitGroup> groups, int i, int j)
    {
        if (j - i != 2)
        {
            return false;
        }

        int a = groups[i].DigitEnd - groups[i].DigitStart, b = groups[i + 1].DigitEnd - groups[i + 1].DigitStart, c = groups[j].DigitEnd - groups[j].DigitStart;
        return (a <= 2 && b <= 2 && c == 4) || (a == 4 && b <= 2 && c <= 2);
    }

    private bool TryNumber(string digits, bool plus, IReadOnlyList<string>? regions, out string e164, out string? country)
    {
        if (plus)
        {
            return TryInternational(digits, lenient: false, out e164, out country);
        }

        if (digits.StartsWith("00", StringComparison.Ordinal) && !digits.StartsWith("000", StringComparison.Ordinal))
        {
            return TryInternational(digits[2..], lenient: false, out e164, out country);
        }

        // Without a hint, only numbers written with a trunk prefix ("0532…") are read nationally: a bare
        // nine-digit run is a valid number somewhere, and usually an amount or an id.
        var tryRegions = regions ?? (digits.Length >= 9 && digits[0] == '0' ? RegionHints.RouteFallback : []);
        foreach (var region in tryRegions)
        {
            if (TryParseValid(digits, region, out e164, out country))
            {
                return true;
            }
        }

        // A country code written without "+" or "00" (common in WhatsApp adverts: "905321234567").
        if (digits.Length >= 11 && digits[0] != '0')
        {
            return TryInternational(digits, lenient: false, out e164, out country);
        }

        e164 = string.Empty;
        country = null;
        return false;
    }

    private bool TryInternational(string digits, bool lenient, out string e164, out string? country)
    {
        e164 = string.Empty;
        country = null;
        if (digits.Length is < 7 or > 15)
        {
            return false;
        }

        try
        {
            var number = _util.Parse("+" + digits, "ZZ");
            if (_util.IsValidNumber(number) || (lenient && _util.IsPossibleNumber(number)))
            {
                e164 = _util.Format(number, PhoneNumberFormat.E164);
                country = RegionOf(number);
                return true;
            }
        }
        catch (NumberParseException)
        {
            // Not a number in any plan: an expected outcome for arbitrary digit runs.
        }

        return false;
    }

    private bool TryParseValid(string digits, string region, out string e164, out string? country)
    {
        e164 = string.Empty;
        country = null;
        try
        {
            var number = _util.Parse(digits, region);
            if (_util.IsValidNumber(number))
            {
                e164 = _util.Format(number, PhoneNumberFormat.E164);
                country = RegionOf(number);
                return true;
            }
        }
        catch (NumberParseException)
        {
            // Expected for digit runs that are not numbers in this region.
        }

        return false;
    }

    private string? RegionOf(PhoneNumber number)
    {
        var region = _util.GetRegionCodeForNumber(number);
        return region is null or "ZZ" or "001" ? null : region;
    }
}
