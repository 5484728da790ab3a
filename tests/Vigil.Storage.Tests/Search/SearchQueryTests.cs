using Vigil.Storage.Search;

namespace Vigil.Storage.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Parse_Words_AreFoldedTermsAndRenderedQuoted()
    {
        var q = SearchQuery.Parse("Boat  GRÈCE");

        Assert.Equal(["boat", "grece"], q.Terms.Select(t => t.Words.Single()));
        Assert.Equal("(\"boat\" AND \"grece\")", q.ToFts5());
    }

    [Fact]
    public void Parse_QuotedPhrasePrefixAndExclusion_AreRecognised()
    {
        var q = SearchQuery.Parse("\"safe trip\" smuggl* -police");

        Assert.Equal("(\"safe trip\" AND \"smuggl\"*) NOT \"police\"", q.ToFts5());
    }

    [Fact]
    public void Parse_WordWithPunctuation_BecomesAPhraseOfItsParts()
    {
        var q = SearchQuery.Parse("t.me/boat_trips");

        Assert.Equal(["t", "me", "boat", "trips"], Assert.Single(q.Terms).Words);
    }

    [Fact]
    public void Parse_UnclosedQuote_TakesTheRestAsPhrase()
    {
        var q = SearchQuery.Parse("\"boat to greece");

        Assert.Equal(["boat", "to", "greece"], Assert.Single(q.Terms).Words);
    }

    [Fact]
    public void Parse_OnlyExclusions_IsEmpty()
    {
        Assert.True(SearchQuery.Parse("-boat -\"greece\"").IsEmpty);
    }

    [Fact]
    public void Parse_VeryLongQuery_KeepsAtMostMaxTerms()
    {
        var q = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}")));

        Assert.Equal(SearchQuery.MaxTerms, q.Terms.Count);
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Parse_AnyText_RendersOnlyQuotedWordsAndOperators(string? text)
    {
        var q = SearchQuery.Parse(text);
        if (q.IsEmpty)
        {
            return true;
        }

        // Remove every quoted string; what is left may only be operators, brackets, '*' and spaces.
        var fts = q.ToFts5();
        var outside = System.Text.RegularExpressions.Regex.Replace(fts, "\"(?:[^\"]|\"\")*\"", "");
        return System.Text.RegularExpressions.Regex.IsMatch(outside, @"^[()* ]*(?:(AND|NOT)[()* ]*)*$");
    }
}
