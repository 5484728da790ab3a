using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Cli.Commands;

namespace Vigil.Cli.Tests.Commands;

/// <summary>Imports the bundled demo corpus once for all tests of the class.</summary>
public sealed class DemoStore : IAsyncLifetime
{
    internal CliHarness Cli { get; } = new();

    internal string Store => Cli.Store("demo.db");

    internal CliResult First { get; private set; } = null!;

    public async ValueTask InitializeAsync() => First = await Cli.RunAsync("demo", "--store", Store);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed partial class DemoCommandTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public void Demo_FreshStore_ImportsEveryRecordAndShowsNextSteps()
    {
        Assert.True(demo.First.ExitCode == 0, demo.First.All);
        var total = TotalRow().Match(demo.First.Console);
        Assert.True(total.Success, demo.First.Console);
        var read = long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(read > 1000, $"only {read} demo records");
        var stored = Number(total.Groups[2].Value);
        var countedOnly = Number(total.Groups[5].Value);
        Assert.Equal("0", total.Groups[4].Value); // nothing rejected
        Assert.Equal(read, stored + countedOnly); // every record stored, or counted as unrelated (minimisation)
        Assert.True(countedOnly > 0 && stored > countedOnly, $"stored {stored}, counted only {countedOnly}");
        Assert.Contains("Try next", demo.First.Console);
        Assert.Contains("./vigil report --from 2026-08-28 --to 2026-11-19 --synthetic", demo.First.Console);
        Assert.Contains("./vigil search", demo.First.Console);
    }

    [Fact]
    public async Task Demo_Minimisation_StoresNoUnrelatedPost_AndStatsCountEveryOne()
    {
        var countedOnly = Number(TotalRow().Match(demo.First.Console).Groups[5].Value);

        var stats = await demo.Cli.RunAsync("stats", "--store", demo.Store);

        Assert.Contains($"{countedOnly:N0} unrelated posts counted, not stored", stats.Console);
        Assert.DoesNotMatch(@"│\s*unrelated\s*│", stats.Console); // no stored post has the category
        await using var store = await Vigil.Storage.Sqlite.SqlitePostStore.OpenAsync(demo.Store, new() { ReadOnly = true }, TestContext.Current.CancellationToken);
        var filter = new Vigil.Storage.Search.SearchFilters { Category = Vigil.Core.Analysis.Category.Unrelated };
        Assert.Empty(await store.ScanAsync(filter, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(countedOnly, (await store.MinimisedCountsAsync(TestContext.Current.CancellationToken)).Sum(c => c.Posts));
    }

    [Fact]
    public async Task Demo_RunAgain_ChangesNoCounts()
    {
        var statsBefore = await demo.Cli.RunAsync("stats", "--store", demo.Store);

        var again = await demo.Cli.RunAsync("demo", "--store", demo.Store);

        Assert.Equal(0, again.ExitCode);
        var total = TotalRow().Match(again.Console);
        Assert.Equal("0", total.Groups[2].Value); // nothing newly stored
        Assert.Equal(total.Groups[1].Value, total.Groups[3].Value); // all duplicates
        Assert.Equal(statsBefore.Console, (await demo.Cli.RunAsync("stats", "--store", demo.Store)).Console);
    }

    [Theory]
    [InlineData("قارب")] // Arabic
    [InlineData("قایق")] // Persian
    [InlineData("лодка")] // Russian
    public async Task Search_AfterDemo_FindsPostsInEachScript(string word)
    {
        var result = await demo.Cli.RunAsync("search", word, "--store", demo.Store, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Demo_StoreFiles_HoldNoClearAuthorOrPhoneOfTheCorpus()
    {
        var (authors, phones) = ClearValuesOfTheCorpus();
        Assert.True(authors.Count > 20 && phones.Count > 100, $"the corpus scan found only {authors.Count} authors and {phones.Count} phones");

        var files = Directory.GetFiles(Path.GetDirectoryName(demo.Store)!, Path.GetFileName(demo.Store) + "*");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var clear in authors.Concat(phones))
            {
                Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(clear)) >= 0, $"{Path.GetFileName(file)} contains '{clear}'");
            }
        }
    }

    /// <summary>
    /// Author fields of the JSONL files, and phone numbers as written in every file's text (runs of 8+
    /// digits of any script with a '+' or separators, so ids and prices are not mistaken for phones).
    /// </summary>
    private static (HashSet<string> Authors, HashSet<string> Phones) ClearValuesOfTheCorpus()
    {
        var authors = new HashSet<string>(StringComparer.Ordinal);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(DemoCommand.DemoFolder, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var raw = File.OpenRead(file);
            using var stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : (Stream)raw;
            var text = new StreamReader(stream, Encoding.UTF8).ReadToEnd();
            if (file.Contains(".jsonl", StringComparison.Ordinal))
            {
                foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    using var json = JsonDocument.Parse(line);
                    CollectAuthors(json.RootElement, authors);
                }
            }
            else if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(text);
                CollectAuthors(json.RootElement, authors);
            }
            else if (file.EndsWith(".csv", StringComparison.Ordinal))
            {
                CollectCsvAuthors(text, authors).AsTask().GetAwaiter().GetResult();
            }

            foreach (Match m in PhoneLike().Matches(text))
            {
                var digits = m.Value.Count(char.IsDigit);
                if (digits >= 8 && (m.Value.StartsWith('+') || m.Value.Any(c => c is ' ' or '-')) && !IsoDate().IsMatch(m.Value))
                {
                    phones.Add(m.Value);
                }
            }
        }

        return (authors, phones);
    }

    /// <summary>The page and user names of a CrowdTangle export.</summary>
    private static async ValueTask CollectCsvAuthors(string text, HashSet<string> authors)
    {
        await using var reader = CsvHelper.CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text)), CsvHelper.CsvReaderOptions.Default, leaveOpen: false);
        await reader.ReadHeaderAsync(CancellationToken.None);
        var columns = reader.Headers.Select((h, i) => (h, i)).Where(x => x.h is "Page Name" or "User Name").Select(x => x.i).ToArray();
        Assert.Equal(2, columns.Length);
        while (await reader.ReadAsync(CancellationToken.None))
        {
            foreach (var i in columns)
            {
                if (reader.GetString(i) is { Length: >= 4 } a)
                {
                    authors.Add(a);
                }
            }
        }
    }

    /// <summary>Every string property, at any depth, that names an account in the formats of the demo corpus.</summary>
    private static void CollectAuthors(JsonElement element, HashSet<string> authors)
    {
        string[] fields = ["author", "author_name", "author_url", "forwarded_from", "from", "actor", "username", "acct", "display_name"];
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (fields.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String
                    && property.Value.GetString()!.Trim().TrimStart('@') is { Length: >= 4 } a)
                {
                    authors.Add(a);
                }

                CollectAuthors(property.Value, authors);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectAuthors(item, authors);
            }
        }
    }

    private static long Number(string value) => long.Parse(value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"total\s*│\s*([\d,]+)\s*│\s*([\d,]+)\s*│\s*([\d,]+)\s*│\s*([\d,]+)\s*│\s*([\d,]+)")]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\+?\d[\d \-]{6,}\d")]
    private static partial Regex PhoneLike();
}
