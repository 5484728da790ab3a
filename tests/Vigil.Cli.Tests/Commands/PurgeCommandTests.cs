using System.Text.Json;
using Vigil.Storage.Audit;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

public sealed class PurgeCommandTests
{
    private readonly CliHarness _cli = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Purge_DryRun_ChangesNothingAndLogsNothing()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var before = await CountAsync();
        _cli.Now = Some.Instant.AddDays(800);

        var result = await _cli.RunAsync("purge", "--store", _cli.Store(), "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("would delete", result.Console);
        Assert.Contains($"Posts: {before} before, 0 after", result.Console);
        Assert.Equal(before, await CountAsync());
        Assert.False(File.Exists(VigilWebOptions.SecurityPathFor(_cli.Store())));
    }

    [Fact]
    public async Task Purge_AfterTheLimits_DeletesAndWritesAVerifiablePurgeRecord()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var before = await CountAsync();
        Assert.True(before >= 3, $"only {before} posts stored");

        var early = await _cli.RunAsync("purge", "--store", _cli.Store());
        _cli.Now = Some.Instant.AddDays(800);
        var late = await _cli.RunAsync("purge", "--store", _cli.Store());

        Assert.Equal(0, early.ExitCode);
        Assert.Contains($"Posts: {before} before, {before} after", early.Console); // nothing expired yet
        Assert.Equal(0, late.ExitCode);
        Assert.Contains($"Posts: {before} before, 0 after", late.Console);
        Assert.Equal(0, await CountAsync());

        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(_cli.Store()), Clocks.At(), Ct);
        var records = (await log.RecentAsync(10, Ct)).Where(e => e.Action == "purge").ToList();
        Assert.Equal(2, records.Count);
        using var record = JsonDocument.Parse(records[0].Reason!);
        Assert.Equal(before, record.RootElement.GetProperty("postsBefore").GetInt64());
        Assert.Equal(0, record.RootElement.GetProperty("postsAfter").GetInt64());
        Assert.Equal(730, record.RootElement.GetProperty("policy").GetProperty("strategicDays").GetProperty("smuggling_offer").GetInt32());
        Assert.Equal(before, record.RootElement.GetProperty("deleted").GetProperty("posts").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.StartsWith("cli:", records[0].User);

        var verify = await _cli.RunAsync("audit", "verify", "--store", _cli.Store());
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("Access log intact: 2 entries", verify.Out);
    }

    [Fact]
    public async Task Purge_PolicyFile_ShortensALimit()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var before = await CountAsync();
        var policy = _cli.WriteFile("policy.json", """{"strategic": {"smuggling_offer": 0, "document_fraud": 0, "facilitator_recruitment": 0, "guidance_info": 0, "migrant_request": 0, "humanitarian_or_news": 0}}""");
        _cli.Now = Some.Instant.AddDays(1);

        var result = await _cli.RunAsync("purge", "--store", _cli.Store(), "--policy", policy);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Posts: {before} before, 0 after", result.Console);
    }

    [Fact]
    public async Task Purge_QuarantineFilesOlderThan30Days_AreDeleted_OthersKept()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var folder = Path.GetDirectoryName(_cli.Store())!;
        string Quarantine(string name)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, """{"line":1,"raw":"rejected record"}""");
            return path;
        }

        var old = Quarantine("test-20260901T101500Z.quarantine.jsonl");
        var oldCollect = Quarantine("test-collect-20260930T235959Z.quarantine.jsonl");
        var recent = Quarantine("test-20261020T000000Z.quarantine.jsonl");
        var otherStore = Quarantine("other-20250101T000000Z.quarantine.jsonl");

        var result = await _cli.RunAsync("purge", "--store", _cli.Store()); // now: 2026-11-02, cut-off 2026-10-03

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("quarantine files older than 30 days: 2", result.Console);
        Assert.False(File.Exists(old));
        Assert.False(File.Exists(oldCollect));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(otherStore));
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(_cli.Store()), Clocks.At(), Ct);
        Assert.Contains("\"quarantineFiles\":2", Assert.Single(await log.RecentAsync(10, Ct), e => e.Action == "purge").Reason);
    }

    [Fact]
    public async Task Purge_CorrectedPost_ItsLabelGoesWithIt()
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var label = await _cli.RunAsync("label", "1", "guidance_info", "--by", "analyst1", "--reason", "route information", "--store", _cli.Store());
        Assert.Equal(0, label.ExitCode);
        _cli.Now = Some.Instant.AddDays(800);

        var result = await _cli.RunAsync("purge", "--store", _cli.Store());

        Assert.Contains("labels deleted with them: 1;", result.Console);
        await using var store = await SqlitePostStore.OpenAsync(_cli.Store(), new() { ReadOnly = true }, Ct);
        Assert.Empty(await store.LatestLabelsAsync(Ct));
    }

    [Theory]
    [InlineData("""{"strategic": {"smugling_offer": 10}}""", "unknown category 'smugling_offer'")]
    [InlineData("""{"strategic": {"smuggling_offer": -1}}""", "whole number of days")]
    [InlineData("""{"keep": 1}""", "unknown or malformed setting 'keep'")]
    [InlineData("not json", "cannot be read")]
    public async Task Purge_BadPolicy_OneSentenceErrorAndNothingDeleted(string json, string expected)
    {
        await _cli.RunAsync("import", _cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", _cli.Store());
        var before = await CountAsync();
        _cli.Now = Some.Instant.AddDays(800);

        var result = await _cli.RunAsync("purge", "--store", _cli.Store(), "--policy", _cli.WriteFile("policy.json", json));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Equal(before, await CountAsync());
    }

    private async Task<long> CountAsync()
    {
        await using var store = await SqlitePostStore.OpenAsync(_cli.Store(), new() { ReadOnly = true }, Ct);
        return await store.CountAsync(Ct);
    }
}
