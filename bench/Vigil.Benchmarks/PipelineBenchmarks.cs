using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Core.Protection;
using Vigil.Ingest.Pipeline;
using Vigil.Storage.Sqlite;

namespace Vigil.Benchmarks;

/// <summary>
/// Clear ~300-character posts as an importer yields them: the synthetic texts of <see cref="SyntheticPosts"/>
/// with their phone token replaced by a clear phone (ASCII, Arabic-Indic or Persian digits, in turn) and a
/// Telegram handle, plus an author handle, display name and post URL.
/// </summary>
public static partial class ClearPosts
{
    private const string Arabic = "٠١٢٣٤٥٦٧٨٩";
    private const string Persian = "۰۱۲۳۴۵۶۷۸۹";

    public static Post Make(int index, DateTimeOffset start)
    {
        var stored = SyntheticPosts.Make(index, start);
        var digits = $"5{32 + (index % 8)}{index % 10_000_000:D7}";
        var phone = (index % 3) switch
        {
            0 => $"+90 {digits[..3]} {digits[3..6]} {digits[6..8]} {digits[8..]}",
            1 => "+٩٠" + string.Concat(digits.Select(c => Arabic[c - '0'])),
            _ => "۰" + string.Concat(digits.Select(c => Persian[c - '0'])),
        };
        return new Post
        {
            Platform = stored.Key.Platform,
            NativeId = stored.Key.NativeId,
            Text = PhoneToken().Replace(stored.Text, $"{phone} @boat_{index % 500}"),
            Source = stored.Source,
            Author = $"@author_{index % 2000}",
            AuthorName = $"Author {index % 2000}",
            LangHint = stored.LangHint,
            CreatedAt = stored.CreatedAt,
            CollectedAt = stored.CollectedAt,
            Url = $"https://t.me/author_{index % 2000}/{index}",
        };
    }

    [GeneratedRegex(@"\[phone:TR:ps_[0-9a-f]+\]")]
    private static partial Regex PhoneToken();
}

/// <summary>Pseudonymisation cost per post: keyed HMAC, identifier location and text tokens.</summary>
[MemoryDiagnoser]
public class ProtectionBenchmarks
{
    private const int Count = 1000;
    private Post[] _posts = [];
    private PostProtector _protector = null!;
    private KeyedPseudonymizer _pseudonymizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _posts = Enumerable.Range(0, Count).Select(i => ClearPosts.Make(i, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))).ToArray();
        _pseudonymizer = new KeyedPseudonymizer(PseudonymKey.Generate());
        _protector = new PostProtector(_pseudonymizer, new IdentifierLocator());
    }

    [Benchmark]
    public Pseudonym PseudonymizeOnePhone() => _pseudonymizer.Pseudonymize(IdentifierKind.Phone, "+905321234567");

    [Benchmark(OperationsPerInvoke = Count)]
    public int ProtectPost()
    {
        var n = 0;
        foreach (var post in _posts)
        {
            n += _protector.Protect(post, null).Text.Length;
        }

        return n;
    }
}

/// <summary>
/// The import pipeline end to end without analysis: clear posts from memory → <see cref="PostProtector"/>
/// → batches of 1,000 → a fresh <see cref="SqlitePostStore"/> file (WAL, FTS5), through <see cref="IngestRunner"/>.
/// </summary>
[MemoryDiagnoser]
public class IngestPipelineBenchmarks
{
    private const int Count = 20_000;
    private Post[] _posts = [];
    private PostProtector _protector = null!;
    private string _dir = "";
    private SqlitePostStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        _posts = Enumerable.Range(0, Count).Select(i => ClearPosts.Make(i, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))).ToArray();
        _protector = new PostProtector(new KeyedPseudonymizer(PseudonymKey.Generate()), new IdentifierLocator());
        _dir = Path.Combine(Path.GetTempPath(), $"vigil-bench-pipeline-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dir);
    }

    [IterationSetup]
    public void FreshStore()
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.db");
        _store = SqlitePostStore.OpenAsync(path).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void CloseStore() => _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(OperationsPerInvoke = Count)]
    public async Task<long> ImportPosts()
    {
        await using var quarantine = new QuarantineFile(Path.Combine(_dir, "q.jsonl"));
        var runner = new IngestRunner(null, _protector, _store!, quarantine);
        var counts = await runner.RunAsync(new MemorySource(_posts), null, CancellationToken.None);
        return counts.Stored;
    }

    private sealed class MemorySource(Post[] posts) : IPostSource
    {
        public string Name => "memory";

        public async IAsyncEnumerable<ReadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var post in posts)
            {
                yield return ReadResult.Ok(post);
            }

            await Task.CompletedTask;
        }
    }
}
