using Vigil.Analysis.Classification;
using Vigil.Core.Analysis;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Classification;

public sealed class LexiconTests
{
    private static Lexicon Build(string content, string lang = "xx")
    {
        var (lexicon, errors) = Lexicon.Parse([(lang, lang + ".tsv", content)]);
        Assert.Empty(errors);
        return lexicon;
    }

    private static string[] Matches(Lexicon lexicon, string text) =>
        lexicon.Match(MatchText.Prepare(text)).Select(e => e.Display).ToArray();

    [Fact]
    public void Parse_BadLines_ReportFileAndLineAndKeepTheGoodRows()
    {
        var content = "term\tcategory\tweight\tnote\n# comment\nsmuggl\tsmuggling_offer\t1.5\tsmuggling\nonly-two\tcolumns\nx y\tno_such_category\t1\n"
            + "ok term\tunrelated\tabc\nre:(unclosed\tunrelated\t1\nbeware\thumanitarian_or_news\t2\twarning\n";
        var (lexicon, errors) = Lexicon.Parse([("en", "en.tsv", content)]);

        Assert.Equal(["smuggl", "beware"], lexicon.Entries.Select(e => e.Display));
        Assert.Equal([4, 5, 6, 7], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Equal("en.tsv", e.File));
        Assert.Contains("no_such_category", errors[1].Message);
    }

    [Fact]
    public void Match_WordPrefix_MatchesStemsAtWordStartOnly()
    {
        var lexicon = Build("smuggl\tsmuggling_offer\t1\n");
        Assert.Equal(["smuggl"], Matches(lexicon, "Smugglers everywhere"));
        Assert.Empty(Matches(lexicon, "desmuggling"));
    }

    [Fact]
    public void Match_WholeWord_DoesNotMatchLongerWords()
    {
        var lexicon = Build("=visa\tdocument_fraud\t1\n");
        Assert.Equal(["visa"], Matches(lexicon, "Schengen VISA now"));
        Assert.Empty(Matches(lexicon, "visage"));
    }

    [Fact]
    public void Match_Anywhere_MatchesInsideWords()
    {
        var lexicon = Build("~hrib\tsmuggling_offer\t1\n");
        Assert.Equal(["hrib"], Matches(lexicon, "tahrib"));
    }

    [Fact]
    public void Match_ArabicTerm_MatchesAfterProcliticsButNotMidWord()
    {
        var lexicon = Build("تهريب\tsmuggling_offer\t1.5\tsmuggling\n", "ar");
        Assert.Single(Matches(lexicon, "والتهريب إلى أوروبا"));
        Assert.Single(Matches(lexicon, "بالتهريب"));
        Assert.Empty(Matches(lexicon, "زتهريب"));
    }

    [Fact]
    public void Match_TermAndTextAreFolded_SoSpellingVariantsMatch()
    {
        var lexicon = Build("GARANTİLİ\tsmuggling_offer\t2\nرحلة مضمونة\tsmuggling_offer\t2\n");
        Assert.Single(Matches(lexicon, "garantili geçiş"));
        Assert.Single(Matches(lexicon, "رحلـــه مضمونة"));
    }

    [Fact]
    public void Match_SameTermTwice_CountsOnce()
    {
        var lexicon = Build("beware\thumanitarian_or_news\t2\n");
        Assert.Single(lexicon.Match(MatchText.Prepare("Beware! beware! BEWARE!")));
    }

    [Fact]
    public void Match_OverlappingTerms_AllFound()
    {
        var lexicon = Build("pay on arrival\tsmuggling_offer\t2.5\narrival\tunrelated\t0.5\n=pay\tunrelated\t0.1\n");
        Assert.Equal(3, Matches(lexicon, "pay on arrival").Length);
    }

    [Fact]
    public void LoadDirectory_ShippedDataFiles_HaveNoErrorsAndCoverTheRouteLanguages()
    {
        var (layer, errors) = RuleLayer.LoadDirectory(TestPaths.Data("lexicons"));

        Assert.Empty(errors);
        Assert.Superset(new HashSet<string>(["ar", "fa", "ps", "ku", "tr", "ru", "fr", "en"]), new HashSet<string>(layer.Lexicon.Languages));
        foreach (var category in Categories.All)
        {
            Assert.Contains(layer.Lexicon.Entries, e => e.Target == category);
        }

        Assert.NotEmpty(layer.Rules);
    }

    [Fact]
    public void LoadEmbedded_HasTheSameRowsAsTheDataFiles()
    {
        var (fromFiles, _) = RuleLayer.LoadDirectory(TestPaths.Data("lexicons"));
        Assert.Equal(fromFiles.Lexicon.Entries.Count, Evidence.ShippedRules.Lexicon.Entries.Count);
        Assert.Equal(fromFiles.Rules.Count, Evidence.ShippedRules.Rules.Count);
    }
}
