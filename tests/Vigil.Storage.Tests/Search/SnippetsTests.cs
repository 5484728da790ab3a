using Vigil.Storage.Search;

namespace Vigil.Storage.Tests.Search;

public sealed class SnippetsTests
{
    [Fact]
    public void Make_ShortText_MarksEveryMatchingWord()
    {
        var s = Snippets.Make("Boat to Greece, boat back", SearchQuery.Parse("boat"));

        Assert.Equal("[Boat] to Greece, [boat] back", s.Mark("[", "]"));
    }

    [Fact]
    public void Make_LongText_CutsAroundTheFirstMatchWithEllipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 60)) + " قایق " + string.Join(' ', Enumerable.Repeat("tail", 60));

        var s = Snippets.Make(text, SearchQuery.Parse("قايق"), width: 80);

        Assert.StartsWith("…", s.Text);
        Assert.EndsWith("…", s.Text);
        Assert.Contains("[قایق]", s.Mark("[", "]"));
        Assert.InRange(s.Text.Length, 40, 120);
    }

    [Fact]
    public void Make_PrefixTerm_MarksWordsStartingWithIt()
    {
        var s = Snippets.Make("smugglers and smuggling", SearchQuery.Parse("smuggl*"));

        Assert.Equal("[smugglers] and [smuggling]", s.Mark("[", "]"));
    }

    [Fact]
    public void Mark_WithEscape_EscapesTextButNotMarkers()
    {
        var s = Snippets.Make("<b> boat", SearchQuery.Parse("boat"));

        Assert.Equal("&lt;b&gt; <mark>boat</mark>", s.Mark("<mark>", "</mark>", System.Net.WebUtility.HtmlEncode));
    }
}
