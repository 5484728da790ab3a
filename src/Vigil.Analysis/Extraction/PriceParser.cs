using System.Globalization;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// Reads prices from folded tokens: an amount (digits with any grouping habit, number words, magnitude
/// words such as k / bin / ألف / هزار / тыс. / million) next to a currency (symbol, ISO code or word in any
/// script), optionally a range ("4000-5000", "3 to 4k") and "per person". Amounts are normalised to the ISO
/// 4217 currency (toman to rial ×10). A magnitude amount without a currency ("5k") takes the currency of
/// another price in the same post, or is dropped. Pure.
/// </summary>
internal static class PriceParser
{
    private readonly record struct Amount(decimal Value, int First, int Last, bool HasMagnitude, decimal Magnitude);

    public static List<PriceIndicator> Parse(string text, char[] folded, List<Token> tokens, PhraseMatch?[] matchAt, IReadOnlyList<PhoneMatch> phones)
    {
        var prices = new List<PriceIndicator>();
        var used = new bool[tokens.Count];
        List<(Amount Amount, int Index)>? orphans = null;
        string? postCurrency = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (used[i] || InPhone(tokens[i], phones) || !TryAmount(text, folded, tokens, matchAt, i, out var low))
            {
                i++;
                continue;
            }

            var end = low.Last;
            Amount? high = null;
            if (TryRangeTail(text, folded, tokens, matchAt, end, out var rangeHigh))
            {
                high = rangeHigh;
                end = rangeHigh.Last;
            }

            if (high is { HasMagnitude: true } h && !low.HasMagnitude && low.Value * h.Magnitude <= h.Value)
            {
                low = low with { Value = low.Value * h.Magnitude };
            }

            var currency = CurrencyAt(matchAt, end + 1, out var currencyTokens);
            if (currency is not null)
            {
                MarkUsed(used, end + 1, currencyTokens);
                end += currencyTokens;
            }
            else if (low.First > 0 && !used[low.First - 1] && CurrencyEndingAt(matchAt, tokens, folded, low.First - 1) is { } before)
            {
                currency = before;
            }

            if (currency is null)
            {
                if (low.HasMagnitude)
                {
                    (orphans ??= []).Add((low, prices.Count));
                }

                i = low.Last + 1;
                continue;
            }

            postCurrency ??= currency.Currency;
            MarkUsed(used, low.First, end - low.First + 1);
            var perPerson = PerPersonAfter(matchAt, tokens.Count, end + 1, out var ppEnd);
            if (perPerson)
            {
                MarkUsed(used, end + 1, ppEnd - end);
                end = ppEnd;
            }
            else
            {
                // "kişi başı 3000 euro", "هر نفر ۲۰۰۰ یورو": the phrase right before the amount (or its currency).
                var before = low.First - 1;
                if (before >= 0 && matchAt[before] is { } bm && bm.Info.Price(PriceWordKind.Currency) is not null && bm.Last == before)
                {
                    before = bm.First - 1;
                }

                perPerson = before >= 0 && matchAt[before] is { } pm && pm.Last == before && pm.Info.Price(PriceWordKind.PerPerson) is not null;
            }

            var factor = currency.Value;
            var max = high?.Value * factor;
            prices.Add(new PriceIndicator(low.Value * factor, currency.Currency!, max is { } m && m != low.Value * factor ? m : null, perPerson));
            i = end + 1;
        }

        if (orphans is not null && postCurrency is not null)
        {
            var offset = 0;
            foreach (var (amount, index) in orphans)
            {
                prices.Insert(index + offset++, new PriceIndicator(amount.Value, postCurrency, null, PerPersonAfter(matchAt, tokens.Count, amount.Last + 1, out _)));
            }
        }

        return prices;
    }

    private static void MarkUsed(bool[] used, int from, int count)
    {
        for (var k = from; k < from + count && k < used.Length; k++)
        {
            used[k] = true;
        }
    }

    private static bool InPhone(Token token, IReadOnlyList<PhoneMatch> phones)
    {
        foreach (var p in phones)
        {
            if (token.Start < p.Start + p.Length && p.Start < token.End)
            {
                return true;
            }
        }

        return false;
    }

    private static PriceWord? WordAt(PhraseMatch?[] matchAt, int index, PriceWordKind kind, out int count)
    {
        count = 0;
        if (index < 0 || index >= matchAt.Length || matchAt[index] is not { } m || m.First != index)
        {
            return null;
        }

        count = m.Count;
        return m.Info.Price(kind);
    }

    private static PriceWord? CurrencyAt(PhraseMatch?[] matchAt, int index, out int count) =>
        WordAt(matchAt, index, PriceWordKind.Currency, out count);

    /// <summary>A currency written before the amount: only symbols and ISO codes ("$5,000", "EUR 4500"), not words.</summary>
    private static PriceWord? CurrencyEndingAt(PhraseMatch?[] matchAt, List<Token> tokens, char[] folded, int index)
    {
        if (index < 0 || matchAt[index] is not { } m || m.Last != index || m.Count != 1)
        {
            return null;
        }

        var token = tokens[index];
        var word = m.Info.Price(PriceWordKind.Currency);
        if (word is null)
        {
            return null;
        }

        var isSymbol = token.Kind == TokenKind.Symbol;
        var isCode = token.FoldLength is 3 or 4 && folded.AsSpan(token.FoldStart, token.FoldLength).ToString().ToUpperInvariant() == word.Currency;
        return isSymbol || isCode ? word : null;
    }

    private static bool PerPersonAfter(PhraseMatch?[] matchAt, int count, int index, out int end)
    {
        end = index - 1;
        for (var k = index; k < Math.Min(count, index + 3); k++)
        {
            if (matchAt[k] is { } m && m.First == k && m.Info.Price(PriceWordKind.PerPerson) is not null)
            {
                end = m.Last;
                return true;
            }
        }

        return false;
    }

    private static bool TryAmount(string text, char[] folded, List<Token> tokens, PhraseMatch?[] matchAt, int i, out Amount amount)
    {
        amount = default;
        var token = tokens[i];
        decimal value;
        var last = i;
        if (token.Kind == TokenKind.Number)
        {
            if (!TryNumber(folded.AsSpan(token.FoldStart, token.FoldLength), out value))
            {
                return false;
            }

            // "4 500 €": a space-grouped thousands block.
            while (last + 1 < tokens.Count && tokens[last + 1] is { Kind: TokenKind.Number, FoldLength: 3 } next
                && IsOnlySpace(text, tokens[last].End, next.Start) && value < 1000 && !folded.AsSpan(token.FoldStart, token.FoldLength).ContainsAny('.', ','))
            {
                value = (value * 1000) + decimal.Parse(folded.AsSpan(next.FoldStart, 3), CultureInfo.InvariantCulture);
                last++;
            }
        }
        else if (WordAt(matchAt, i, PriceWordKind.Number, out var n) is { } word)
        {
            value = word.Value;
            last = i + n - 1;
        }
        else if (WordAt(matchAt, i, PriceWordKind.Magnitude, out var mn) is { } bare && CurrencyAt(matchAt, i + mn, out _) is not null)
        {
            // "ألف دولار", "bin euro": a magnitude word alone means one of it.
            amount = new Amount(bare.Value, i, i + mn - 1, true, bare.Value);
            return true;
        }
        else
        {
            return false;
        }

        if (value <= 0)
        {
            return false;
        }

        if (WordAt(matchAt, last + 1, PriceWordKind.Magnitude, out var mc) is { } magnitude
            && (tokens[last + 1].Glued || tokens[last + 1].Kind == TokenKind.Word))
        {
            amount = new Amount(value * magnitude.Value, i, last + mc, true, magnitude.Value);
            return true;
        }

        amount = new Amount(value, i, last, false, 1m);
        return true;
    }

    private static bool TryRangeTail(string text, char[] folded, List<Token> tokens, PhraseMatch?[] matchAt, int last, out Amount high)
    {
        high = default;
        var next = last + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        if (IsRangeDash(text, tokens[last].End, tokens[next].Start))
        {
            return TryAmount(text, folded, tokens, matchAt, next, out high);
        }

        if (next + 1 < tokens.Count && tokens[next].Kind == TokenKind.Word && IsRangeWord(folded.AsSpan(tokens[next].FoldStart, tokens[next].FoldLength)))
        {
            return TryAmount(text, folded, tokens, matchAt, next + 1, out high);
        }

        return false;
    }

    private static bool IsRangeDash(string text, int from, int to)
    {
        var dash = false;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is '-' or '–' or '—' or '~' or '/')
            {
                if (dash)
                {
                    return false;
                }

                dash = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return dash;
    }

    private static bool IsOnlySpace(string text, int from, int to)
    {
        if (to - from != 1)
        {
            return false;
        }

        return text[from] is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'';
    }

    private static bool IsRangeWord(ReadOnlySpan<char> w) =>
        w is "to" or "till" or "ila" or "الی" or "الا" or "تا" or "до" or "a" or "à" or "bis" or "ile" or "ta" or "hasta" or "έως" or "μέχρι";

    /// <summary>Digits with optional '.' or ',' separators: "4500", "4.500", "4,500", "1.500.000", "2.5", "2,5".</summary>
    internal static bool TryNumber(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        int dots = 0, commas = 0, lastSep = -1;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == '.')
            {
                dots++;
                lastSep = k;
            }
            else if (s[k] == ',')
            {
                commas++;
                lastSep = k;
            }
        }

        if (s.Length > 24)
        {
            return false;
        }

        Span<char> digits = stackalloc char[s.Length];
        var len = 0;
        if (lastSep < 0)
        {
            return decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        var groupsOfThree = s.Length - lastSep - 1 == 3;
        var decimalAt = -1;
        if (dots > 0 && commas > 0)
        {
            decimalAt = lastSep; // "4.500,50" or "4,500.50": the last separator is the decimal mark
        }
        else if (dots + commas == 1 && !groupsOfThree)
        {
            decimalAt = lastSep; // "2.5", "2,5"
        }
        else if (dots + commas == 1 && groupsOfThree && s[0] == '0')
        {
            decimalAt = lastSep; // "0.500"
        }

        for (var k = 0; k < s.Length; k++)
        {
            if (k == decimalAt)
            {
                digits[len++] = '.';
            }
            else if (s[k] is >= '0' and <= '9')
            {
                digits[len++] = s[k];
            }
        }

        return decimal.TryParse(digits[..len], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
