using System.Text;
using Vigil.Core.Protection;

namespace Vigil.Analysis.Protection;

/// <summary>
/// Replaces identifiers in a text by tokens that keep what analysis may use and nothing that identifies
/// a person: <c>[phone:TR:ps_…]</c> (the country of a phone), <c>[telegram:ps_…]</c> (the platform of a
/// handle), <c>[email:ps_…]</c>. Spans may come unsorted or overlapping (e.g. the locator's and a
/// known author name); overlapping spans are merged into one token, so no clear fragment survives.
/// Pure and thread-safe; the clear values exist only in the input string.
/// </summary>
public sealed class TextPseudonymizer(IPseudonymizer pseudonymizer)
{
    /// <summary>The text with every span replaced by its token.</summary>
    public string Replace(string text, IReadOnlyList<IdentifierSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (spans.Count == 0)
        {
            return text;
        }

        var ordered = spans
            .Where(s => s.Length > 0 && s.Start < text.Length && s.Start + s.Length > 0)
            .OrderBy(s => s.Start)
            .ThenByDescending(s => s.Length)
            .ToList();
        var sb = new StringBuilder(text.Length + (ordered.Count * 24));
        var position = 0;
        var i = 0;
        while (i < ordered.Count)
        {
            var head = ordered[i];
            var start = Math.Max(Math.Max(head.Start, 0), position);
            var end = Math.Min(text.Length, head.Start + head.Length);

            // Swallow every span that overlaps this one: their union becomes a single token.
            var j = i + 1;
            while (j < ordered.Count && ordered[j].Start < end)
            {
                end = Math.Max(end, Math.Min(text.Length, ordered[j].Start + ordered[j].Length));
                j++;
            }

            if (end > position)
            {
                sb.Append(text, position, start - position);
                sb.Append(Token(head));
                position = end;
            }

            i = j;
        }

        sb.Append(text, position, text.Length - position);
        return sb.ToString();
    }

    /// <summary>The token for one identifier: its kind, a safe hint (country, platform) and its pseudonym.</summary>
    public string Token(IdentifierSpan span)
    {
        var value = span.Kind == IdentifierKind.Handle ? KeyedPseudonymizer.Account(SafeHint(span.Hint), span.Key) : span.Key;
        var pseudonym = pseudonymizer.Pseudonymize(span.Kind, value);
        return Token(span.Kind, span.Hint, pseudonym);
    }

    /// <summary>The token for an identifier already pseudonymised.</summary>
    public static string Token(IdentifierKind kind, string? hint, Pseudonym pseudonym)
    {
        var safe = SafeHint(hint);
        return kind switch
        {
            IdentifierKind.Phone => safe is null ? $"[phone:{pseudonym}]" : $"[phone:{safe.ToUpperInvariant()}:{pseudonym}]",
            IdentifierKind.Handle => $"[{safe ?? "handle"}:{pseudonym}]",
            IdentifierKind.Email => $"[email:{pseudonym}]",
            IdentifierKind.Author => $"[author:{pseudonym}]",
            IdentifierKind.AuthorName => $"[name:{pseudonym}]",
            IdentifierKind.ProfileUrl => $"[profile:{pseudonym}]",
            IdentifierKind.PostUrl => $"[url:{pseudonym}]",
            _ => $"[id:{pseudonym}]",
        };
    }

    /// <summary>
    /// A hint is kept only when it is a short lower-case word such as "tr" or "telegram": anything else
    /// could be (part of) the clear identifier a buggy locator put in the wrong field.
    /// </summary>
    internal static string? SafeHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint) || hint.Length > 16)
        {
            return null;
        }

        var lower = hint.Trim().ToLowerInvariant();
        foreach (var c in lower)
        {
            if (c is not ((>= 'a' and <= 'z') or '_' or '-'))
            {
                return null;
            }
        }

        return lower;
    }
}
