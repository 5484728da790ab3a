using Vigil.Web.Export;

namespace Vigil.Web.Tests.Export;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+cmd", "\"'+cmd\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("  =1", "\"'  =1\"")]
    [InlineData("＝1", "\"'＝1\"")]
    public void Escape_FormulaStart_GetsAnApostrophe(string value, string expected) => Assert.Equal(expected, CsvCell.Escape(value));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData("4500 = price", "\"4500 = price\"")]
    [InlineData("رحلة آمنة", "\"رحلة آمنة\"")]
    [InlineData("", "\"\"")]
    [InlineData(null, "\"\"")]
    public void Escape_OtherText_IsQuotedWithQuotesDoubled(string? value, string expected) => Assert.Equal(expected, CsvCell.Escape(value));
}
