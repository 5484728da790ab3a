namespace Vigil.Cli.Tests.Commands;

public sealed class UserCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task AddThenList_ShowsTheUserAndRole()
    {
        var add = await _cli.RunAsync("user", "add", "ana", "--role", "analyst", "--password", "correct horse battery", "--store", _cli.Store());
        var list = await _cli.RunAsync("user", "list", "--store", _cli.Store());

        Assert.True(add.ExitCode == 0, add.All);
        Assert.Contains("ana\tanalyst", list.Out);
    }

    [Theory]
    [InlineData("add", "ana", "--role", "analyst", "--password", "correct horse battery")]
    [InlineData("list")]
    public async Task UnusablePostgresUri_SaysHowToWriteItAndCreatesNothing(params string[] args)
    {
        var result = await _cli.RunAsync(["user", .. args, "--store", "postgresql://db.internal"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("names no database", result.Error);
        Assert.False(Directory.Exists(Path.Combine(_cli.Home, "postgresql")));
    }
}
