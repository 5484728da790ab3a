using Vigil.Analysis.Protection;
using Vigil.Core.Protection;
using Vigil.Ingest.Protection;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Protection;

public sealed class KeyFileTests
{
    private readonly string _path = Path.Combine(TestPaths.TempDir(), "home", "pseudonym.key");

    [Fact]
    public void LoadOrCreate_NoFile_CreatesOwnerOnly32ByteKey()
    {
        var result = KeyFile.LoadOrCreate(_path);

        Assert.True(result.IsOk, result.Error);
        Assert.True(result.Created);
        Assert.Equal(PseudonymKey.Length, new FileInfo(_path).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(_path)!));
        }

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_path)!, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void LoadOrCreate_SecondRun_SameKeySamePseudonyms()
    {
        var first = KeyFile.LoadOrCreate(_path);
        var second = KeyFile.LoadOrCreate(_path);

        Assert.False(second.Created);
        Assert.Equal(
            new KeyedPseudonymizer(first.Key!).Pseudonymize(IdentifierKind.Phone, "+905321234567"),
            new KeyedPseudonymizer(second.Key!).Pseudonymize(IdentifierKind.Phone, "+905321234567"));
    }

    [Fact]
    public void LoadOrCreate_TwoInstallations_DifferentKeys()
    {
        var other = Path.Combine(TestPaths.TempDir(), "pseudonym.key");

        var a = new KeyedPseudonymizer(KeyFile.LoadOrCreate(_path).Key!).Pseudonymize(IdentifierKind.Phone, "+905321234567");
        var b = new KeyedPseudonymizer(KeyFile.LoadOrCreate(other).Key!).Pseudonymize(IdentifierKind.Phone, "+905321234567");

        Assert.NotEqual(a, b);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void LoadOrCreate_KeyReadableByOthers_RefusedWithChmodAdvice()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions only.");
        KeyFile.LoadOrCreate(_path);
        File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = KeyFile.LoadOrCreate(_path);

        Assert.False(result.IsOk);
        Assert.Contains("chmod 600", result.Error);
        Assert.Contains(_path, result.Error);
    }

    [Fact]
    public void LoadOrCreate_WrongSize_RefusedAndFileUntouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.WriteAllText(_path, "not a key");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var result = KeyFile.LoadOrCreate(_path);

        Assert.False(result.IsOk);
        Assert.Contains("not a Vigil pseudonymisation key", result.Error);
        Assert.Equal("not a key", File.ReadAllText(_path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void LoadOrCreate_Error_NeverContainsKeyBytes()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions only.");
        KeyFile.LoadOrCreate(_path);
        var bytes = File.ReadAllBytes(_path);
        File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var error = KeyFile.LoadOrCreate(_path).Error!;

        Assert.DoesNotContain(Convert.ToHexString(bytes), error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(bytes), error, StringComparison.Ordinal);
    }
}
