using Vigil.Core.Posts;
using Vigil.Storage.Search;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>The bundled demo corpus as stored by the real import pipeline (analysed, pseudonymised, minimised), read once per test run.</summary>
internal static class DemoPosts
{
    private static readonly Lazy<Task<IReadOnlyList<StoredPost>>> Posts = new(LoadAsync);

    public static Task<IReadOnlyList<StoredPost>> AllAsync() => Posts.Value;

    private static async Task<IReadOnlyList<StoredPost>> LoadAsync()
    {
        var path = await DemoStores.ImportAsync();
        var posts = new List<StoredPost>();
        await using (var store = await SqlitePostStore.OpenAsync(path))
        {
            await foreach (var post in store.ScanAsync(SearchFilters.None, CancellationToken.None))
            {
                posts.Add(post);
            }
        }

        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return posts;
    }
}
