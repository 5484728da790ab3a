using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Vigil.Core.Operations;
using Vigil.Storage.Audit;

namespace Vigil.Storage.Operations;

/// <summary>What a person gives to create an operation.</summary>
public sealed record OperationDraft(
    string Name, string LegalBasis, string Purpose, string Authority, DateTimeOffset From, DateTimeOffset Until, IReadOnlyList<string> AuthorisedUsers);

/// <summary>
/// The register of operations, in the security database next to the store. Every change (create,
/// assign, close) is first appended to the hash-chained access log — who, when, and the change itself
/// as the entry's reason — and then recorded as an append-only event that names its log entry.
/// Reading the register refolds the events and checks each against its log entry, so an operation
/// altered outside Vigil is refused rather than trusted; <c>vigil audit verify</c> checks the log.
/// </summary>
/// <remarks>Thread-safe: each call opens its own connection.</remarks>
public sealed partial class OperationRegister
{
    private readonly string _connectionString;
    private readonly AccessLog _log;

    private OperationRegister(string connectionString, AccessLog log)
    {
        _connectionString = connectionString;
        _log = log;
    }

    /// <summary>Opens (creating if needed) the register in the security database at <paramref name="securityPath"/>; times come from <paramref name="clock"/> through the access log.</summary>
    public static async Task<OperationRegister> OpenAsync(string securityPath, TimeProvider clock, CancellationToken cancellationToken)
    {
        var log = await AccessLog.OpenAsync(securityPath, clock, cancellationToken);
        var connectionString = await SecurityDatabase.OpenAsync(securityPath, """
            CREATE TABLE IF NOT EXISTS operation_events (
              seq INTEGER PRIMARY KEY,
              operation_id TEXT NOT NULL,
              name TEXT NOT NULL,
              kind TEXT NOT NULL,
              body TEXT NOT NULL,
              log_seq INTEGER NOT NULL);
            CREATE TRIGGER IF NOT EXISTS operation_events_no_update BEFORE UPDATE ON operation_events
              BEGIN SELECT RAISE(ABORT, 'the operation register is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS operation_events_no_delete BEFORE DELETE ON operation_events
              BEGIN SELECT RAISE(ABORT, 'the operation register is append-only'); END;
            """, cancellationToken);
        return new OperationRegister(connectionString, log);
    }

    /// <summary>Creates an operation; returns it, or a sentence saying what to fix.</summary>
    public async Task<(Operation? Operation, string? Error)> CreateAsync(OperationDraft draft, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!Name().IsMatch(draft.Name))
        {
            return (null, $"'{draft.Name}' is not a valid operation name: use 2–63 lower-case letters, digits and dashes, e.g. aegean-2026.");
        }

        foreach (var (field, value) in new[] { ("--legal-basis", draft.LegalBasis), ("--purpose", draft.Purpose), ("--authority", draft.Authority) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return (null, $"An operation needs {field}: say it in a sentence.");
            }
        }

        if (draft.Until <= draft.From)
        {
            return (null, "The period must end after it starts: --until must be later than --from.");
        }

        if (await FindAsync(draft.Name, cancellationToken) is not null)
        {
            return (null, $"There is already an operation '{draft.Name}'; choose another name.");
        }

        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var body = JsonSerializer.Serialize(new Body(
            id,
            draft.LegalBasis.Trim(), draft.Purpose.Trim(), draft.Authority.Trim(), draft.From, draft.Until,
            [.. draft.AuthorisedUsers.Distinct(StringComparer.Ordinal)], null));
        await AppendAsync(id, draft.Name, "create", body, actor, cancellationToken);
        return (await FindAsync(draft.Name, cancellationToken), null);
    }

    /// <summary>Authorises <paramref name="user"/> for the operation.</summary>
    public Task<(Operation? Operation, string? Error)> AssignAsync(string name, string user, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, "assign", JsonSerializer.Serialize(new Body(null, null, null, null, null, null, null, user)), actor,
            op => op.AuthorisedUsers.Contains(user, StringComparer.Ordinal) ? $"{user} is already assigned to '{name}'." : null, cancellationToken);

    /// <summary>Closes the operation: from now on its clear identifiers are shown to nobody and the next purge erases them.</summary>
    public Task<(Operation? Operation, string? Error)> CloseAsync(string name, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, "close", "{}", actor, op => op.ClosedAt is not null ? $"'{name}' was already closed on {op.ClosedAt:yyyy-MM-dd HH:mm} UTC." : null, cancellationToken);

    /// <summary>Every operation, by name.</summary>
    /// <exception cref="InvalidDataException">The register does not match the access log: altered outside Vigil.</exception>
    public async Task<IReadOnlyList<Operation>> ListAsync(CancellationToken cancellationToken)
    {
        var operations = new Dictionary<string, Operation>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, operation_id, name, kind, body, log_seq FROM operation_events ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (id, name, kind, body, logSeq) = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5));
            var entry = await _log.EntryAsync(logSeq, cancellationToken);
            if (entry is null || entry.Action != "operation-" + kind || entry.Target != name || entry.Reason != body)
            {
                throw new InvalidDataException(
                    $"The operation register's event {reader.GetInt64(0)} ('{name}') does not match access-log entry {logSeq}: it was altered outside Vigil. No operation is trusted until the DPO has checked it (vigil audit verify).");
            }

            var b = JsonSerializer.Deserialize<Body>(body)!;
            operations[name] = kind switch
            {
                "create" => new Operation
                {
                    Id = id, Name = name, LegalBasis = b.LegalBasis!, Purpose = b.Purpose!, Authority = b.Authority!,
                    From = b.From!.Value, Until = b.Until!.Value, AuthorisedUsers = b.Users ?? [], CreatedBy = entry.User, CreatedAt = entry.At,
                },
                "assign" => operations[name] with { AuthorisedUsers = [.. operations[name].AuthorisedUsers, b.User!] },
                "close" => operations[name] with { ClosedAt = entry.At, ClosedBy = entry.User },
                _ => throw new InvalidDataException($"Unknown operation event '{kind}'."),
            };
        }

        return [.. operations.Values.OrderBy(o => o.Name, StringComparer.Ordinal)];
    }

    /// <summary>The operation named <paramref name="name"/>, or null.</summary>
    public async Task<Operation?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(o => o.Name == name);

    private async Task<(Operation?, string?)> ChangeAsync(
        string name, string kind, string body, string actor, Func<Operation, string?> refuse, CancellationToken cancellationToken)
    {
        var operation = await FindAsync(name, cancellationToken);
        if (operation is null)
        {
            return (null, $"There is no operation '{name}'; `vigil operation list` shows them.");
        }

        if (refuse(operation) is { } problem)
        {
            return (null, problem);
        }

        await AppendAsync(operation.Id, name, kind, body, actor, cancellationToken);
        return (await FindAsync(name, cancellationToken), null);
    }

    private async Task AppendAsync(string id, string name, string kind, string body, string actor, CancellationToken cancellationToken)
    {
        var entry = await _log.AppendAsync(actor, "operation-" + kind, name, body, cancellationToken);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO operation_events (operation_id, name, kind, body, log_seq) VALUES ($id, $n, $k, $b, $l)";
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$n", name);
        insert.Parameters.AddWithValue("$k", kind);
        insert.Parameters.AddWithValue("$b", body);
        insert.Parameters.AddWithValue("$l", entry.Sequence);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The JSON of an event, also the reason of its access-log entry; fields not used by a kind are null.</summary>
    private sealed record Body(
        string? Id, string? LegalBasis, string? Purpose, string? Authority, DateTimeOffset? From, DateTimeOffset? Until, IReadOnlyList<string>? Users, string? User);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex Name();
}
