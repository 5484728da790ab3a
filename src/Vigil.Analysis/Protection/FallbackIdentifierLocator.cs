using System.Globalization;
using System.Text;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Protection;

/// <summary>
/// Defence in depth for strategic mode. Wraps a locator and adds two kinds of spans it did not report:
/// <c>@mentions</c> of any length and script (handles the platform rules would reject, e.g. longer than
/// Telegram's 32 characters, are still someone's name), as handles without a platform; and, as phones
/// without a country, every run of digits that has the shape of a
/// phone number but that the wrapped locator did not report: 8 or more digits (7 after a <c>+</c>), in any
/// numeral system, with spaces, dots, dashes or brackets between groups. The phone parser rightly rejects
/// numbers that are invalid for their country, yet a mistyped, partial or obfuscated number may still
/// point at a person, so in strategic mode it is pseudonymised too. The price: long order numbers, and
/// dates written as 8 digits with no separators, are tokenised as well; dates with separators and price
/// ranges (<c>1200-1500</c>) are not. A run the wrapped locator reported only in part (a number misread
/// as two) is added whole, so that no digit of it stays clear. Thread-safe.
/// </summary>
public sealed class FallbackIdentifierLocator(IIdentifierLocator inner) : IIdentifierLocator
{
    private const int MinDigits = 8;
    private const int MinDigitsAfterPlus = 7;

    public IReadOnlyList<IdentifierSpan> Locate(string text)
    {
        var found = inner.Locate(text);
        List<IdentifierSpan>? added = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]) && !(text[i] == '+' && i + 1 < text.Length && IsDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var digits = new StringBuilder();
            var groups = new List<int>();
            var separators = new StringBuilder();
            var previousWasDigit = false;
            if (text[i] == '+')
            {
                digits.Append('+');
                i++;
            }

            while (i < text.Length && (IsDigit(text[i]) || (IsSeparator(text[i]) && i + 1 < text.Length && (IsDigit(text[i + 1]) || IsSeparator(text[i + 1])))))
            {
                if (IsDigit(text[i]))
                {
                    digits.Append((char)('0' + (int)char.GetNumericValue(text[i])));
                    end = i + 1;
                    if (previousWasDigit)
                    {
                        groups[^1]++;
                    }
                    else
                    {
                        groups.Add(1);
                    }

                    previousWasDigit = true;
                }
                else
                {
                    separators.Append(text[i]);
                    previousWasDigit = false;
                }

                i++;
            }

            var count = digits.Length - (digits.Length > 0 && digits[0] == '+' ? 1 : 0);
            var enough = digits.Length > 0 && digits[0] == '+' ? count >= MinDigitsAfterPlus : count >= MinDigits;
            if (enough && !IsDateOrRange(groups, separators.ToString()) && !Covered(found, text, start, end))
            {
                (added ??= []).Add(new IdentifierSpan(start, end - start, IdentifierKind.Phone, digits.ToString(), null));
            }

            i = Math.Max(i, start + 1);
        }

        foreach (var (start, length) in Mentions(text))
        {
            if (!Covered(found, start, start + length))
            {
                (added ??= []).Add(new IdentifierSpan(start, length, IdentifierKind.Handle, text.Substring(start + 1, length - 1), null));
            }
        }

        if (added is null)
        {
            return found;
        }

        added.AddRange(found);
        added.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return added;
    }

    private static bool InSpan(IReadOnlyList<IdentifierSpan> spans, int i) => spans.Any(s => s.Start <= i && i < s.Start + s.Length);

    /// <summary>True when every character of the mention already lies inside a span of the wrapped locator.</summary>
    private static bool Covered(IReadOnlyList<IdentifierSpan> spans, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!InSpan(spans, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>@</c> not preceded by a letter, digit or <c>_</c> (so not an e-mail), then 2+ word characters or dots.</summary>
    private static IEnumerable<(int Start, int Length)> Mentions(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.' || char.GetUnicodeCategory(text[end]) is UnicodeCategory.NonSpacingMark))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] == '.')
            {
                end--; // a sentence's full stop is not part of the handle
            }

            var free = at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_');
            if (free && end - at >= 3)
            {
                yield return (at, end - at);
            }

            at = end < text.Length ? text.IndexOf('@', end) : -1;
        }
    }

    /// <summary>True when every digit of the run already lies inside a span of the wrapped locator.</summary>
    private static bool Covered(IReadOnlyList<IdentifierSpan> spans, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsDigit(text[i]) && !InSpan(spans, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>12.11.2026, 2026-11-12 (dates) and 1200-1500 (a price range) are not phone numbers.</summary>
    private static bool IsDateOrRange(List<int> groups, string separators)
    {
        var dated = separators.Trim().Length > 0 && separators.All(c => c is '.' or '-' or '/');
        if (groups.Count == 3 && dated
            && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)))
        {
            return true;
        }

        return groups.Count == 2 && groups[0] <= 5 && groups[1] <= 5 && separators.Contains('-', StringComparison.Ordinal);
    }

    private static bool IsDigit(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '(' or ')' or '\u00A0';
}
