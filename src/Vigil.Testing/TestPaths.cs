namespace Vigil.Testing;

/// <summary>Paths inside the repository for tests: fixtures and data ship with it (never ../shared).</summary>
public static class TestPaths
{
    /// <summary>The repository root, found by walking up from the test binary to the folder with global.json.</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string Fixture(params string[] parts) => Path.Combine([RepoRoot, "tests", "fixtures", .. parts]);

    public static string Data(params string[] parts) => Path.Combine([RepoRoot, "data", .. parts]);

    /// <summary>A fresh empty directory under the system temp folder.</summary>
    public static string TempDir(string prefix = "vigil-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "global.json")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Could not find the repository root (global.json) above " + AppContext.BaseDirectory);
    }
}
