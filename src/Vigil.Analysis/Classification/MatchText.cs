using Vigil.Core.Text;

namespace Vigil.Analysis.Classification;

/// <summary>
/// The form of a text that lexicons and features see: <see cref="TextFolding.Fold"/> (case, accents,
/// Arabic/Persian letter variants, digits) with every run of whitespace, line breaks included, made one space,
/// so that a phrase matches across the line breaks of a post. Pure and thread-safe.
/// </summary>
public static class MatchText
{
    public static string Prepare(string? text)
    {
        var folded = TextFolding.Fold(text);
        var needs = false;
        for (var i = 0; i < folded.Length && !needs; i++)
        {
            needs = char.IsWhiteSpace(folded[i]) && (folded[i] != ' ' || (i + 1 < folded.Length && char.IsWhiteSpace(folded[i + 1])) || i == 0 || i == folded.Length - 1);
        }

        if (!needs)
        {
            return folded;
        }

        return Collapse(folded);
    }

    private static string Collapse(string s)
    {
        var buffer = new char[s.Length];
        var n = 0;
        var pending = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pending = n > 0;
                continue;
            }

            if (pending)
            {
                buffer[n++] = ' ';
                pending = false;
            }

            buffer[n++] = c;
        }

        return new string(buffer, 0, n);
    }
}
