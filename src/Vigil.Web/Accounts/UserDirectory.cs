using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Vigil.Storage.Audit;

namespace Vigil.Web.Accounts;

/// <summary>
/// Local accounts and API tokens in the security database (next to the store, with the access log).
/// Passwords are hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/>; API tokens are stored
/// as SHA-256 hashes only, so the database never holds a usable secret. After
/// <see cref="MaxFailedLogins"/> failures an account is locked for <see cref="LockoutPeriod"/>.
/// Thread-safe: one connection per call.
/// </summary>
public sealed class UserDirectory
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly PasswordHasher<string> _hasher = new();

    private UserDirectory(string connectionString, TimeProvider clock)
    {
        _connectionString = connectionString;
        _clock = clock;
    }

    public static async Task<UserDirectory> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connectionString = await SecurityDatabase.OpenAsync(path, """
            CREATE TABLE IF NOT EXISTS users (
              name TEXT PRIMARY KEY,
              password_hash TEXT NOT NULL,
              role TEXT NOT NULL,
              failed_logins INTEGER NOT NULL DEFAULT 0,
              locked_until TEXT,
              created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS api_tokens (
              token_hash TEXT PRIMARY KEY,
              user TEXT NOT NULL REFERENCES users(name),
              label TEXT,
              created_at TEXT NOT NULL);
            """,
            cancellationToken);
        return new UserDirectory(connectionString, clock);
    }

    /// <summary>Adds a user; false when the name is taken. Throws on an unknown role (a caller bug).</summary>
    public async Task<bool> AddAsync(string name, string password, string role, CancellationToken cancellationToken)
    {
        if (!Roles.IsValid(role))
        {
            throw new ArgumentException($"Unknown role '{role}'. Use one of: {string.Join(", ", Roles.All)}.", nameof(role));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO users(name, password_hash, role, created_at) VALUES ($n, $h, $r, $at)";
        command.Parameters.AddWithValue("$n", name);
        command.Parameters.AddWithValue("$h", _hasher.HashPassword(name, password));
        command.Parameters.AddWithValue("$r", role);
        command.Parameters.AddWithValue("$at", Format(_clock.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, role, failed_logins, locked_until FROM users ORDER BY name";
        var users = new List<UserAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(ReadAccount(reader));
        }

        return users;
    }

    /// <summary>Checks a password, counting failures and locking the account after too many.</summary>
    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT name, role, failed_logins, locked_until, password_hash FROM users WHERE name = $n";
        select.Parameters.AddWithValue("$n", name);
        UserAccount? account = null;
        string? hash = null;
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                account = ReadAccount(reader);
                hash = reader.GetString(4);
            }
        }

        if (account is null || hash is null)
        {
            // Same work as a real check, so timing does not reveal which names exist.
            _hasher.VerifyHashedPassword(name, _hasher.HashPassword(name, "x"), password);
            return new SignInResult(SignInOutcome.Failed, null);
        }

        var now = _clock.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, null);
        }

        var ok = _hasher.VerifyHashedPassword(name, hash, password) != PasswordVerificationResult.Failed;
        await using var update = connection.CreateCommand();
        if (ok)
        {
            update.CommandText = "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $n";
        }
        else
        {
            var failures = account.FailedLogins + 1;
            update.CommandText = "UPDATE users SET failed_logins = $f, locked_until = $l WHERE name = $n";
            update.Parameters.AddWithValue("$f", failures >= MaxFailedLogins ? 0 : failures);
            update.Parameters.AddWithValue("$l", failures >= MaxFailedLogins ? Format(now + LockoutPeriod) : DBNull.Value);
        }

        update.Parameters.AddWithValue("$n", name);
        await update.ExecuteNonQueryAsync(cancellationToken);
        return ok ? new SignInResult(SignInOutcome.Success, account with { FailedLogins = 0, LockedUntil = null }) : new SignInResult(SignInOutcome.Failed, null);
    }

    /// <summary>Creates an API token for a user and returns it; only its hash is stored, so show it once.</summary>
    public async Task<string> CreateTokenAsync(string user, string? label, CancellationToken cancellationToken)
    {
        var token = "vgl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_tokens(token_hash, user, label, created_at) SELECT $h, name, $l, $at FROM users WHERE name = $u";
        command.Parameters.AddWithValue("$h", HashToken(token));
        command.Parameters.AddWithValue("$u", user);
        command.Parameters.AddWithValue("$l", (object?)label ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Format(_clock.GetUtcNow()));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ArgumentException($"There is no user '{user}'.", nameof(user));
        }

        return token;
    }

    /// <summary>The account a bearer token belongs to, or null.</summary>
    public async Task<UserAccount?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT u.name, u.role, u.failed_logins, u.locked_until FROM api_tokens t JOIN users u ON u.name = t.user WHERE t.token_hash = $h";
        command.Parameters.AddWithValue("$h", HashToken(token));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadAccount(reader) : null;
    }

    private static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static UserAccount ReadAccount(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt32(2),
        reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
