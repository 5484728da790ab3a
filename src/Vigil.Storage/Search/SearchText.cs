using System.Buffers;
using System.Globalization;
using System.Text;
using Vigil.Core.Text;

namespace Vigil.Storage.Search;

/// <summary>
/// The indexed form of a text: folded (<see cref="TextFolding"/>) and cut into words of letters, digits
/// and combining marks, joined by single spaces. Both stores index this form and split queries the same
/// way, so what the index holds and what a query asks for always agree, whatever the database's own
/// tokenizer would have done with URLs, hyphens or Persian half-spaces.
/// </summary>
public static class SearchText
{
    /// <summary>The folded words of <paramref name="text"/>, separated by single spaces.</summary>
    public static string ForIndex(string? text)
    {
        var folded = TextFolding.Fold(text);
        if (folded.Length == 0)
        {
            return folded;
        }

        var buffer = ArrayPool<char>.Shared.Rent(folded.Length);
        try
        {
            var n = 0;
            var pendingSpace = false;
            var i = 0;
            while (i < folded.Length)
            {
                Rune.DecodeFromUtf16(folded.AsSpan(i), out var rune, out var used);
                if (IsWordRune(rune))
                {
                    if (pendingSpace && n > 0)
                    {
                        buffer[n++] = ' ';
                    }

                    pendingSpace = false;
                    folded.AsSpan(i, used).CopyTo(buffer.AsSpan(n));
                    n += used;
                }
                else
                {
                    pendingSpace = true;
                }

                i += used;
            }

            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var joined = ForIndex(text);
        return joined.Length == 0 ? [] : joined.Split(' ');
    }

    /// <summary>
    /// Word characters: letters, digits and other numbers, combining marks and private-use characters —
    /// the same classes the SQLite tokenizer is configured with (<c>categories 'L* N* Co M*'</c>).
    /// </summary>
    public static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
