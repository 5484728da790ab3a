using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers;

/// <summary>Everything one import produced, for assertions.</summary>
internal sealed record ImportRun(IReadOnlyList<Post> Posts, IReadOnlyList<Rejection> Rejections, FileImportSource Source)
{
    public static ImportOptions Options { get; } = new() { Clock = Clocks.At() };

    public static Task<ImportRun> FixtureAsync(params string[] parts) => FileAsync(TestPaths.Fixture(parts));

    public static async Task<ImportRun> FileAsync(string path, ImportOptions? options = null)
    {
        var source = Vigil.Ingest.Importers.Importers.Open(path, options ?? Options);
        return await ReadAsync(source).ConfigureAwait(false);
    }

    public static async Task<ImportRun> ReadAsync(FileImportSource source)
    {
        var posts = new List<Post>();
        var rejections = new List<Rejection>();
        await foreach (var r in source.ReadAsync(TestContext.Current.CancellationToken).ConfigureAwait(false))
        {
            if (r.Post is { } p)
            {
                posts.Add(p);
            }
            else
            {
                rejections.Add(r.Rejection!);
            }
        }

        return new ImportRun(posts, rejections, source);
    }

    /// <summary>Writes bytes to a fresh temp file and imports it.</summary>
    public static async Task<ImportRun> BytesAsync(byte[] content, string fileName = "input.jsonl", ImportOptions? options = null)
    {
        var path = Path.Combine(TestPaths.TempDir("vigil-ingest"), fileName);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken).ConfigureAwait(false);
        return await FileAsync(path, options).ConfigureAwait(false);
    }

    public static Task<ImportRun> TextAsync(string content, string fileName = "input.jsonl", ImportOptions? options = null) =>
        BytesAsync(System.Text.Encoding.UTF8.GetBytes(content), fileName, options);

    public Post Single(string nativeIdSuffix) => Posts.Single(p => p.NativeId.EndsWith(nativeIdSuffix, StringComparison.Ordinal));
}
