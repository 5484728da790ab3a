namespace Vigil.Cli.Tests.Commands;

public sealed class TrainLangIdCommandTests
{
    private readonly CliHarness _cli = new();

    private string Corpus()
    {
        _cli.WriteFile(Path.Combine("langid", "en.txt"), "the cat sat on the mat\nwhere is the station please\n");
        _cli.WriteFile(Path.Combine("langid", "de.txt"), "die katze sitzt auf der matte\nwo ist der bahnhof bitte\n");
        return Path.Combine(_cli.Home, "input", "langid");
    }

    [Fact]
    public async Task TrainLangId_LinguaStatisticsMissing_FailsSayingHowToGetThem()
    {
        var missing = Path.Combine(_cli.Home, "no-lingua-here");

        var result = await _cli.RunAsync("train-langid", "--corpus", Corpus(), "--output", Path.Combine(_cli.Home, "m.model"), "--lingua", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet restore", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.Home, "m.model")));
    }

    [Fact]
    public async Task TrainLangId_WithoutLingua_WritesAModelOfTheCorpusLanguages()
    {
        var output = Path.Combine(_cli.Home, "m.model");

        var result = await _cli.RunAsync("train-langid", "--corpus", Corpus(), "--output", output, "--lingua-weight", "0", "--lingua", Path.Combine(_cli.Home, "absent"));

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Trained 2 languages", result.Out, StringComparison.Ordinal);
        using var file = File.OpenRead(output);
        Assert.Equal(["de", "en"], Vigil.Analysis.Language.NgramModel.Load(file).Codes);
    }
}
