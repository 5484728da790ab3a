namespace Vigil.Collect;

/// <summary>
/// How Vigil knows a connector: its platform name (the part of a watch id before the colon), what a
/// target looks like, how to validate one, and how to create the connector for a run.
/// </summary>
/// <param name="Platform">Lower-case platform name, e.g. <c>telegram</c>.</param>
/// <param name="TargetHelp">What a target is, for help and errors, e.g. "a public channel name, e.g. telegram:some_channel".</param>
/// <param name="Validate">Returns the normalised target, or an error sentence; called before a watch is stored and before each run.</param>
/// <param name="Create">Creates the connector with its HTTP client, clock and settings.</param>
/// <param name="DefaultBaseAddress">Where the platform lives; overridable per installation (<c>VIGIL_COLLECT_URL_&lt;PLATFORM&gt;</c>).</param>
/// <param name="RequestsPerMinute">The polite default request budget for the platform.</param>
public sealed record ConnectorDescriptor(
    string Platform,
    string TargetHelp,
    Func<string, TargetCheck> Validate,
    Func<ConnectorServices, IConnector> Create,
    Uri? DefaultBaseAddress,
    int RequestsPerMinute = 30);

/// <summary>The result of validating a watch target: the normalised target or why it is not valid.</summary>
public readonly record struct TargetCheck(string? Target, string? Error)
{
    public static TargetCheck Ok(string target) => new(target, null);

    public static TargetCheck Fail(string error) => new(null, error);
}

/// <summary>What a connector gets for a run.</summary>
/// <param name="Http">A client for this platform: honest User-Agent, timeouts, retries, circuit breaker, request budget and SSRF guard already applied.</param>
/// <param name="BaseAddress">The platform's base address (the default or the installation's override).</param>
/// <param name="Clock">The clock for <c>CollectedAt</c> and time cursors.</param>
/// <param name="Settings">Collection settings, including credentials read from configuration or the environment.</param>
public sealed record ConnectorServices(HttpClient Http, Uri BaseAddress, TimeProvider Clock, CollectSettings Settings);
