using System.Text;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Pipeline;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Commands;

/// <summary>The store's bytes on disk hold no clear identifier of what was imported, yet search still works.</summary>
public sealed class PrivacyTests
{
    [Fact]
    public async Task Import_PostsWithHandlesAndPhones_StoreFilesContainNoClearIdentifier()
    {
        // Given posts with known handles, names and phones (ASCII, Arabic-Indic and Persian digits)
        var cli = new CliHarness();
        var input = cli.WriteFile("posts.jsonl", Posts.Jsonl);
        var store = cli.Store();

        // When they are imported
        var import = await cli.RunAsync("import", input, "--store", store);

        // Then no file of the store (database, WAL, shared memory) holds any of them, as UTF-8 or UTF-16
        Assert.True(import.ExitCode == 0, import.All);
        var files = Directory.GetFiles(Path.GetDirectoryName(store)!, Path.GetFileName(store) + "*");
        Assert.Contains(store, files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var clear in Posts.ClearIdentifiers)
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(clear)), $"{Path.GetFileName(file)} contains '{clear}' (UTF-8)");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(clear)), $"{Path.GetFileName(file)} contains '{clear}' (UTF-16)");
            }
        }
    }

    [Theory]
    [InlineData("اليونان", "1")]
    [InlineData("یونان", "2")]
    [InlineData("Италию", "3")]
    [InlineData("الوصول", "4")]
    public async Task Search_AfterImport_FindsPostsByTheirWords(string word, string id)
    {
        var cli = new CliHarness();
        var store = cli.Store();
        // Kept even when analysed as unrelated (post 3 is), so every script is searched.
        await cli.RunAsync("import", cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", store, "--keep-unrelated");

        var search = await cli.RunAsync("search", word, "--store", store, "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Contains($"\"id\":\"{id}\"", search.Out);
    }

    [Fact]
    public async Task Search_Json_ShowsTokensAndPseudonymsNeverClearValues()
    {
        var cli = new CliHarness();
        var store = cli.Store();
        await cli.RunAsync("import", cli.WriteFile("posts.jsonl", Posts.Jsonl), "--store", store);

        var search = await cli.RunAsync("search", "إزمير", "--store", store, "--json");

        Assert.Matches(@"\[phone:TR:ps_[0-9a-f]{16}\]", search.Out);
        Assert.Matches("\"author\":\"ps_[0-9a-f]{16}\"", search.Out);
        Assert.All(Posts.ClearIdentifiers, clear => Assert.DoesNotContain(clear, search.All));
    }

    [Fact]
    public async Task Import_RejectedRecordWithPhone_QuarantineHoldsNoClearPhone()
    {
        var cli = new CliHarness();
        var store = cli.Store();
        var input = cli.WriteFile("bad.jsonl", Posts.Jsonl + "\n{\"id\":\"9\",\"text\":\"call +90 532 123 45 67\" broken\n");

        var import = await cli.RunAsync("import", input, "--store", store);

        var quarantine = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(store)!, "*.quarantine.jsonl"));
        Assert.Contains(quarantine, import.Console.Replace("\n", "", StringComparison.Ordinal));
        var text = File.ReadAllText(quarantine);
        Assert.Contains("\"line\":6", text);
        Assert.DoesNotContain("532 123 45 67", text);
    }

    [Fact]
    public async Task Ingest_StoreStillOpen_WalHoldsNoClearIdentifier()
    {
        // Given an open store whose last transactions still sit in the write-ahead log
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "open.db");
        await using var store = await SqlitePostStore.OpenAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var protector = new PostProtector(new KeyedPseudonymizer(PseudonymKey.Generate()), new IdentifierLocator());
        await using var quarantine = new QuarantineFile(Path.Combine(dir, "q.jsonl"));
        var runner = new IngestRunner(null, protector, store, quarantine);
        var source = Importers.Open("posts.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(Posts.Jsonl)));

        // When posts are written and the store is not yet closed
        var counts = await runner.RunAsync(source, null, TestContext.Current.CancellationToken);

        // Then the WAL has content, and none of it is a clear identifier
        Assert.Equal(5, counts.Stored);
        byte[] wal;
        using (var stream = new FileStream(path + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            wal = new byte[stream.Length];
            stream.ReadExactly(wal);
        }

        Assert.True(wal.Length > 0, "the WAL is empty: the test would prove nothing");
        Assert.True(Contains(wal, Encoding.UTF8.GetBytes("اليونان")), "the WAL does not hold the posts' text");
        foreach (var clear in Posts.ClearIdentifiers)
        {
            Assert.False(Contains(wal, Encoding.UTF8.GetBytes(clear)), $"the WAL contains '{clear}'");
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
