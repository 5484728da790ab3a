namespace Vigil.Web.Hosting;

/// <summary>
/// What `vigil serve` passes to the web app: the post store, the security database (accounts, API
/// tokens, access log) and the addresses to listen on (loopback by default).
/// </summary>
public sealed record VigilWebOptions(string StorePath, string SecurityPath, IReadOnlyList<string> Urls)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The security database that belongs to a store: <c>vigil.db</c> → <c>vigil.security.db</c>.</summary>
    public static string SecurityPathFor(string storePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", Path.GetFileNameWithoutExtension(storePath) + ".security.db");
}
