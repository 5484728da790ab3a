namespace Vigil.Cli;

/// <summary>
/// Where Vigil keeps its files by default: a folder under the user's data directory
/// (<c>~/.local/share/vigil</c> on Linux), overridable with the <c>VIGIL_HOME</c> environment variable.
/// </summary>
public sealed record AppPaths(string Home)
{
    public string DefaultStore => Path.Combine(Home, "vigil.db");

    /// <summary>The per-installation pseudonymisation key (owner-only permissions; never logged).</summary>
    public string KeyFile => Path.Combine(Home, "pseudonym.key");

    /// <summary>The per-installation key from which each operation's vault key is derived (owner-only; never logged).</summary>
    public string OperationsKeyFile => Path.Combine(Home, "operations.key");

    public static AppPaths FromEnvironment()
    {
        var home = Environment.GetEnvironmentVariable("VIGIL_HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "vigil");
        }

        return new AppPaths(home);
    }
}
