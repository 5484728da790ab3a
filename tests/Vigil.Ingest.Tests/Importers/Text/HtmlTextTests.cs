using Vigil.Ingest.Importers.Text;

namespace Vigil.Ingest.Tests.Importers.Text;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>one</p><p>two</p>", "one\n\ntwo")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("Tom &amp; Jerry &lt;3 &#1575;", "Tom & Jerry <3 ا")]
    [InlineData("<script>alert('x')</script>visible<style>p{}</style>", "visible")]
    [InlineData("  <b>bold</b>   text  ", "bold   text")]
    [InlineData("no markup at all", "no markup at all")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToPlain_Html_GivesReadableText(string? html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlain(html));

    [Fact]
    public void ToPlain_UnclosedTags_DoNotThrowAndKeepText() =>
        Assert.Equal("broken text", HtmlText.ToPlain("<div><span>broken <i>text"));
}
