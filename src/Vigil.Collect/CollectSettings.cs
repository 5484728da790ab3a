using System.Globalization;

namespace Vigil.Collect;

/// <summary>
/// Collection settings of an installation, read from the environment (or any key/value configuration):
/// timeouts, retry limits, request budgets, base-address overrides and credentials. Immutable.
/// </summary>
/// <remarks>
/// Credentials live here and only here (<see cref="Secret"/>), never in the watch list. Base-address
/// overrides exist for self-hosted mirrors and tests; the SSRF guard still refuses private addresses
/// unless they are listed in <see cref="AllowedPrivateEndpoints"/>, which is meant for tests only.
/// </remarks>
public sealed record CollectSettings
{
    /// <summary>The environment variable prefix of every setting.</summary>
    public const string Prefix = "VIGIL_COLLECT_";

    public static CollectSettings Default { get; } = new();

    /// <summary>Who runs this installation (a URL or e-mail), added to the User-Agent so platforms can reach the operator. <c>VIGIL_COLLECT_CONTACT</c>.</summary>
    public string? Contact { get; init; }

    /// <summary>One HTTP attempt may take this long. <c>VIGIL_COLLECT_TIMEOUT_SECONDS</c>.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>One request with all its retries may take this long.</summary>
    public TimeSpan TotalTimeout => AttemptTimeout * (MaxRetries + 1) + MaxRetryDelay * MaxRetries;

    /// <summary>Retries after a 5xx, 408, 429 or network error. <c>VIGIL_COLLECT_RETRIES</c>.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First back-off delay (doubled per retry, with jitter). <c>VIGIL_COLLECT_RETRY_DELAY_MS</c>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest a retry waits, also for a 429's <c>Retry-After</c>: a platform asking for a longer pause
    /// is not retried in this run; the source is reported as rate limited. <c>VIGIL_COLLECT_MAX_RETRY_DELAY_SECONDS</c>.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Pages one run of one watch may fetch (the first run's backfill is bounded by it). <c>VIGIL_COLLECT_MAX_PAGES</c>.</summary>
    public int MaxPages { get; init; } = 10;

    /// <summary>Posts per transaction (pages are never split); smaller commits more often. <c>VIGIL_COLLECT_BATCH_POSTS</c>.</summary>
    public int BatchPosts { get; init; } = 1000;

    /// <summary>Requests per minute per platform, overriding the connector's default. <c>VIGIL_COLLECT_BUDGET_&lt;PLATFORM&gt;</c>.</summary>
    public IReadOnlyDictionary<string, int> RequestsPerMinute { get; init; } = new Dictionary<string, int>();

    /// <summary>Base addresses per platform, overriding the connector's default. <c>VIGIL_COLLECT_URL_&lt;PLATFORM&gt;</c>.</summary>
    public IReadOnlyDictionary<string, Uri> BaseAddresses { get; init; } = new Dictionary<string, Uri>();

    /// <summary>
    /// Loopback or private <c>host:port</c> endpoints the SSRF guard lets through: for tests against a local
    /// replay server only. Never set it on a production installation. <c>VIGIL_COLLECT_ALLOW_PRIVATE</c> (comma-separated).
    /// </summary>
    public IReadOnlySet<string> AllowedPrivateEndpoints { get; init; } = new HashSet<string>();

    /// <summary>Credentials and other secrets by name (e.g. <c>YOUTUBE_API_KEY</c> from <c>VIGIL_YOUTUBE_API_KEY</c>).</summary>
    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>();

    /// <summary>A secret by name, or null when the installation has none.</summary>
    public string? Secret(string name) => Secrets.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The honest User-Agent every request carries.</summary>
    public string UserAgent =>
        $"Vigil/{typeof(CollectSettings).Assembly.GetName().Version?.ToString(2) ?? "1.0"} (public-content monitoring{(Contact is null ? "" : "; contact: " + Contact)})";

    /// <summary>
    /// Reads settings from environment variables (<paramref name="variables"/> is the whole environment,
    /// e.g. <c>Environment.GetEnvironmentVariables()</c>). Secrets are every <c>VIGIL_*_KEY</c>,
    /// <c>VIGIL_*_TOKEN</c> and <c>VIGIL_*_SECRET</c>, named without the <c>VIGIL_</c> prefix.
    /// </summary>
    /// <exception cref="FormatException">A setting is not a number or URL; the message names it.</exception>
    public static CollectSettings FromEnvironment(IReadOnlyDictionary<string, string> variables)
    {
        var settings = Default;
        string? Get(string name) => variables.TryGetValue(Prefix + name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        settings = settings with
        {
            Contact = Get("CONTACT"),
            AttemptTimeout = Get("TIMEOUT_SECONDS") is { } t ? TimeSpan.FromSeconds(Number(Prefix + "TIMEOUT_SECONDS", t)) : settings.AttemptTimeout,
            MaxRetries = Get("RETRIES") is { } r ? (int)Number(Prefix + "RETRIES", r) : settings.MaxRetries,
            RetryDelay = Get("RETRY_DELAY_MS") is { } d ? TimeSpan.FromMilliseconds(Number(Prefix + "RETRY_DELAY_MS", d)) : settings.RetryDelay,
            MaxRetryDelay = Get("MAX_RETRY_DELAY_SECONDS") is { } m ? TimeSpan.FromSeconds(Number(Prefix + "MAX_RETRY_DELAY_SECONDS", m)) : settings.MaxRetryDelay,
            MaxPages = Get("MAX_PAGES") is { } p ? (int)Number(Prefix + "MAX_PAGES", p) : settings.MaxPages,
            BatchPosts = Get("BATCH_POSTS") is { } bp ? Math.Max(1, (int)Number(Prefix + "BATCH_POSTS", bp)) : settings.BatchPosts,
            AllowedPrivateEndpoints = (Get("ALLOW_PRIVATE") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
        };

        var budgets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var urls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            if (name.StartsWith(Prefix + "BUDGET_", StringComparison.Ordinal))
            {
                budgets[name[(Prefix.Length + 7)..].ToLowerInvariant()] = (int)Number(name, value);
            }
            else if (name.StartsWith(Prefix + "URL_", StringComparison.Ordinal))
            {
                urls[name[(Prefix.Length + 4)..].ToLowerInvariant()] = Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                    ? uri
                    : throw new FormatException($"{name} must be an http or https URL, e.g. https://t.me; it is '{value}'.");
            }
            else if (name.StartsWith("VIGIL_", StringComparison.Ordinal) && !name.StartsWith(Prefix, StringComparison.Ordinal)
                     && (name.EndsWith("_KEY", StringComparison.Ordinal) || name.EndsWith("_TOKEN", StringComparison.Ordinal) || name.EndsWith("_SECRET", StringComparison.Ordinal) || name.EndsWith("_ID", StringComparison.Ordinal)))
            {
                secrets[name["VIGIL_".Length..]] = value;
            }
        }

        return settings with { RequestsPerMinute = budgets, BaseAddresses = urls, Secrets = secrets };
    }

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new FormatException($"{name} must be a non-negative number; it is '{value}'.");
}
