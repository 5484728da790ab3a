using System.Text;

namespace Vigil.Web.Export;

/// <summary>
/// One CSV cell, safe to open in a spreadsheet. Post text is written by adversaries, and a cell that a
/// spreadsheet reads as a formula (<c>=HYPERLINK(…)</c>, <c>+cmd|…</c>, <c>@SUM(…)</c>) can exfiltrate
/// data or run commands on the analyst's machine. Following OWASP's CSV-injection guidance, a cell whose
/// first character (or first character after leading spaces) is <c>= + - @</c>, a tab or a carriage
/// return — or their full-width forms — gets a leading apostrophe, which spreadsheets show as text and
/// never evaluate. Every cell is then quoted (RFC 4180), inner quotes doubled, so commas, quotes and
/// line breaks inside a post stay inside its cell. Pure and thread-safe.
/// </summary>
public static class CsvCell
{
    public static string Escape(string? value)
    {
        value ??= string.Empty;
        var builder = new StringBuilder(value.Length + 3).Append('"');
        if (StartsLikeAFormula(value))
        {
            builder.Append('\'');
        }

        foreach (var c in value)
        {
            builder.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    /// <summary>True when a spreadsheet could read the value as a formula or a command.</summary>
    public static bool StartsLikeAFormula(string value)
    {
        foreach (var c in value)
        {
            if (c is '\t' or '\r' or '\n')
            {
                return true;
            }

            if (c == ' ' || c == '\u00A0' || c == '\u3000')
            {
                continue;
            }

            return c is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
        }

        return false;
    }
}
