using FsCheck;
using FsCheck.Fluent;
using Vigil.Storage.Sqlite;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Sqlite;

/// <summary>One store shared by the property runs below.</summary>
public sealed class SearchStoreFixture : IAsyncLifetime
{
    private readonly string _dir = TestPaths.TempDir("vigil-prop");

    public SqlitePostStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await SqlitePostStore.OpenAsync(Path.Combine(_dir, "vigil.db"));
        await Store.WriteAsync(Posts.Multilingual(), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}

public sealed class SqliteSearchPropertyTests(SearchStoreFixture fixture) : IClassFixture<SearchStoreFixture>
{
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool SearchAsync_AnyQuery_NeverThrows(string? query) =>
        fixture.Store.SearchAsync(query ?? "", 5, null, CancellationToken.None).GetAwaiter().GetResult() is not null;

    [FsCheck.Xunit.Property(MaxTest = 300, Arbitrary = [typeof(HostileQueries)])]
    public bool SearchAsync_QueryOfOperatorCharacters_ReturnsNoHits(string query) =>
        fixture.Store.SearchAsync(query, 5, null, CancellationToken.None).GetAwaiter().GetResult().Count == 0;

    /// <summary>Strings made only of FTS5, tsquery and SQL syntax characters.</summary>
    public static class HostileQueries
    {
        public static Arbitrary<string> Strings() =>
            Gen.ArrayOf(Gen.Elements("\"'*-+^:()[]{}<>!&|~;,.?/\\%_$@#`= \t\n\0\u200F\u202E".ToCharArray()))
                .Select(cs => new string(cs)).ToArbitrary();
    }
}
