namespace Vigil.Web.Hosting;

/// <summary>
/// What `vigil serve` passes to the web app: the post store, the security database (accounts, API
/// tokens, access log), the addresses to listen on (loopback by default) and the API's limits.
/// </summary>
public sealed record VigilWebOptions(string StorePath, string SecurityPath, IReadOnlyList<string> Urls)
{
    /// <summary>
    /// When set, the posts are served from this PostgreSQL database (an Npgsql connection string) instead of the
    /// SQLite file <see cref="StorePath"/>, which then only names the side files (security database, operation vaults).
    /// </summary>
    public string? PostgresConnection { get; init; }

    /// <summary>
    /// The installation's operations key (32 bytes, from <c>operations.key</c>), which opens operation
    /// vaults for assigned officers; null serves pseudonyms only, to everyone.
    /// </summary>
    public byte[]? OperationsKey { get; init; }

    /// <summary>When set, the server purges by itself on this schedule (<c>vigil serve</c> sets it daily unless turned off); null: no scheduled purge.</summary>
    public Retention.RetentionSchedule? Retention { get; init; }

    public const string DefaultUrl = "http://127.0.0.1:5080";

    public ApiLimits Limits { get; init; } = new();

    /// <summary>
    /// How long a clusters or networks request waits for them to be recomputed after the store changed before
    /// it shows the previous result (or, the first time, says they are being computed).
    /// </summary>
    public TimeSpan DedupWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The security database that belongs to a store: <c>vigil.db</c> → <c>vigil.security.db</c>.</summary>
    public static string SecurityPathFor(string storePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", Path.GetFileNameWithoutExtension(storePath) + ".security.db");
}

/// <summary>
/// Limits that keep one client from exhausting the server: the size of an analyze request (bytes and
/// posts), analyze requests per account and minute, and rows per CSV export.
/// </summary>
public sealed record ApiLimits
{
    public long MaxAnalyzeBodyBytes { get; init; } = 4 * 1024 * 1024;
    public int MaxAnalyzePosts { get; init; } = 1000;
    public int AnalyzeRequestsPerMinute { get; init; } = 60;
    public int MaxExportRows { get; init; } = 1000;
}
