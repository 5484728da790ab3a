using Vigil.Analysis.Protection;

namespace Vigil.Ingest.Protection;

/// <summary>The outcome of opening the key file: a key, or a sentence saying what is wrong and what to do.</summary>
public sealed record KeyFileResult(PseudonymKey? Key, string? Error, bool Created)
{
    public bool IsOk => Key is not null;

    internal static KeyFileResult Ok(PseudonymKey key, bool created) => new(key, null, created);

    internal static KeyFileResult Fail(string error) => new(null, error, false);
}

/// <summary>
/// The per-installation pseudonymisation key on disk: exactly 32 random bytes, created on first use
/// with owner-only permissions (Unix mode 0600, in a directory created 0700), written to a temporary
/// file and renamed into place so a crash never leaves a half-written key and two processes starting
/// at once end up with the same key. A key file that group or others may read is refused: anyone who
/// can read the key can test guesses of phone numbers against stored pseudonyms.
/// The key's bytes are never logged or printed; messages name the file only.
/// </summary>
/// <remarks>On Windows the file inherits the user-only ACL of the local application data folder.</remarks>
public static class KeyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Loads the key at <paramref name="path"/>, creating it first when the file does not exist.</summary>
    public static KeyFileResult LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            if (File.Exists(path))
            {
                return Load(path);
            }

            return Create(path);
        }
        catch (UnauthorizedAccessException)
        {
            return KeyFileResult.Fail($"Vigil may not read or create its pseudonymisation key {path}; check the permissions of that file and its folder.");
        }
        catch (IOException e)
        {
            return KeyFileResult.Fail($"Vigil could not read or create its pseudonymisation key {path} ({e.GetType().Name}); check the disk and the folder.");
        }
    }

    /// <summary>Loads an existing key; refuses a file with the wrong size or readable by others.</summary>
    public static KeyFileResult Load(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOthers) != 0)
            {
                return KeyFileResult.Fail(
                    $"The pseudonymisation key {path} can be read by other users (mode {Octal(mode)}); " +
                    $"restrict it with `chmod 600 {path}` and run again.");
            }
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length != PseudonymKey.Length)
        {
            return KeyFileResult.Fail(
                $"The file {path} is not a Vigil pseudonymisation key (it must hold exactly {PseudonymKey.Length} bytes); " +
                "restore the right key file, or move it away to start a new key (existing pseudonyms will no longer link up).");
        }

        Span<byte> bytes = stackalloc byte[PseudonymKey.Length];
        stream.ReadExactly(bytes);
        var key = PseudonymKey.FromBytes(bytes);
        bytes.Clear();
        return KeyFileResult.Ok(key, created: false);
    }

    private static KeyFileResult Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var key = PseudonymKey.Generate();
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temp, options))
            {
                Span<byte> bytes = stackalloc byte[PseudonymKey.Length];
                key.CopyTo(bytes);
                stream.Write(bytes);
                bytes.Clear();
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created the key first: use theirs, so both agree.
                return Load(path);
            }

            return KeyFileResult.Ok(key, created: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0x1FF, 8);
}
