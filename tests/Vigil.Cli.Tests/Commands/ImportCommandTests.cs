namespace Vigil.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Import_NewFile_SummaryCountsEveryPost()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());

        Assert.Equal(0, result.ExitCode);

        // read 5: all stored (four adverts and a news post; none is analysed as unrelated, so none is only counted)
        Assert.Matches(@"posts\.jsonl\s*│\s*5\s*│\s*5\s*│\s*0\s*│\s*0\s*│\s*0", result.Console);
    }

    [Fact]
    public async Task Import_StoreBuiltWithAnotherKey_IsRefusedAndNothingIsWritten()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store())).ExitCode);
        var before = await _cli.RunAsync("stats", "--store", _cli.Store());
        var otherMachine = new CliHarness(); // its own Vigil home, so its own pseudonym key
        var newPosts = otherMachine.WriteFile("more.jsonl", Posts.Jsonl.Replace("\"id\":\"", "\"id\":\"b", StringComparison.Ordinal));

        var refused = await otherMachine.RunAsync("import", newPosts, "--store", _cli.Store());
        var after = await _cli.RunAsync("stats", "--store", _cli.Store());
        var sameKey = await _cli.RunAsync("import", _cli.WriteFile("more.jsonl", Posts.Jsonl.Replace("\"id\":\"", "\"id\":\"b", StringComparison.Ordinal)), "--store", _cli.Store());

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("pseudonymised with another key", refused.Error);
        Assert.Contains("Nothing was imported.", refused.Error);
        Assert.Equal(before.Console, after.Console);
        Assert.True(sameKey.ExitCode == 0, sameKey.All);
        Assert.Matches(@"more\.jsonl\s*│\s*5\s*│\s*5", sameKey.Console);
    }

    [Fact]
    public async Task Import_KeepUnrelated_StoresEveryPost()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store(), "--keep-unrelated");
        var stats = await _cli.RunAsync("stats", "--store", _cli.Store());

        Assert.Matches(@"posts\.jsonl\s*│\s*5\s*│\s*5\s*│\s*0\s*│\s*0\s*│\s*0", result.Console);
        Assert.Contains("0 unrelated posts counted, not stored", stats.Console);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunOnlyDuplicatesAndStatsUnchanged()
    {
        var input = _cli.WriteFile("posts.jsonl", Posts.Jsonl);
        await _cli.RunAsync("import", input, "--store", _cli.Store());
        var statsBefore = await _cli.RunAsync("stats", "--store", _cli.Store());

        var again = await _cli.RunAsync("import", input, "--store", _cli.Store());
        var statsAfter = await _cli.RunAsync("stats", "--store", _cli.Store());

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"posts\.jsonl\s*│\s*5\s*│\s*0\s*│\s*5\s*│\s*0", again.Console);
        Assert.Equal(statsBefore.Console, statsAfter.Console);
    }

    [Fact]
    public async Task Import_DefaultStore_UsesStoreUnderHome()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl));

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_cli.Paths.DefaultStore));
        Assert.True(File.Exists(_cli.Paths.KeyFile));
    }

    [Fact]
    public async Task Import_MissingFile_OneSentenceErrorAndNothingStored()
    {
        var result = await _cli.RunAsync("import", Path.Combine(_cli.Home, "nope.jsonl"), "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no file", result.Error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.False(File.Exists(_cli.Store()));
    }

    [Fact]
    public async Task Import_StoreIsNotADatabase_OneSentenceErrorFileUntouched()
    {
        var notADb = _cli.WriteFile("notes.db", "these are my notes, not a database\n");

        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", notADb);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains(notADb, result.Error);
        Assert.DoesNotContain("   at ", result.All);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(notADb));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Import_KeyFileReadableByOthers_RefusesWithAdvice()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions only.");
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        File.SetUnixFileMode(_cli.Paths.KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chmod 600", result.Error);
    }

    [Fact]
    public async Task Import_OnlyGarbage_NonZeroAndQuarantineNamed()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("garbage.jsonl", "{not json\n{\"also\": broken\n"), "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(".quarantine.jsonl", result.Error);
    }

    [Fact]
    public async Task Import_UnknownFormatName_ErrorListsFormats()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--format", "docx", "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("telegram-export", result.Error);
        Assert.False(File.Exists(_cli.Store()));
    }

    [Fact]
    public async Task Import_PlatformAndSourceOptions_AppliedToRecordsThatNameNone()
    {
        var input = _cli.WriteFile("plain.jsonl", "{\"id\":\"a\",\"text\":\"boat to Lampedusa\"}\n{\"id\":\"b\",\"text\":\"ferry prices\"}\n");

        // Both texts are unrelated: keep them, so the stored posts show the platform and source given.
        await _cli.RunAsync("import", input, "--platform", "reddit", "--source", "r/migration", "--store", _cli.Store(), "--keep-unrelated");
        var stats = await _cli.RunAsync("stats", "--store", _cli.Store());

        Assert.Matches(@"reddit\s*│\s*2", stats.Console);
        Assert.Matches(@"r/migration\s*│\s*2", stats.Console);
    }

    [Fact]
    public async Task Import_NulBytes_NotePrintedAndPostsStored()
    {
        var input = _cli.WriteFile("nul.jsonl", "{\"id\":\"a\",\"text\":\"boat\0 to Lampedusa\"}\n");

        var result = await _cli.RunAsync("import", input, "--store", _cli.Store(), "--keep-unrelated"); // stored whatever its category

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("NUL", result.Console);
        Assert.Matches(@"nul\.jsonl\s*│\s*1\s*│\s*1", result.Console);
    }

    [Fact]
    public async Task Import_BadCsvMapping_OneSentenceError()
    {
        var result = await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--csv-mapping", "nonsense", "--store", _cli.Store());

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }
}
