using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Core.Analysis;
using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Storage.Operations;
using Vigil.Testing;

namespace Vigil.Storage.Tests.Operations;

public sealed class OperationVaultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Operation Op(string id) => new()
    {
        Id = id, Name = "op-" + id, LegalBasis = "law", Purpose = "purpose", Authority = "police",
        From = Some.Instant.AddDays(-1), Until = Some.Instant.AddDays(30), CreatedBy = "dpo1", CreatedAt = Some.Instant,
    };

    internal static ClearRecord Record(string id) => new()
    {
        Key = new PostKey("telegram", id), Category = Category.SmugglingOffer, CollectedAt = Some.Instant,
        Author = "@kaptan_secretmarker", Text = "boat, call +90 532 123 45 67",
        Identifiers = [new ClearIdentifier("[phone:TR:ps_0011223344556677]", "phone", "+90 532 123 45 67")],
    };

    [Fact]
    public async Task Write_ThenFind_RoundTripsAndTheFileHoldsNoClearValue()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var vaults = new OperationVaults(folder, RandomNumberGenerator.GetBytes(32));
        var op = Op("aa11");

        await vaults.SinkFor(op).WriteAsync([Record("1"), Record("2")], Ct);

        var found = await vaults.FindAsync(op, new PostKey("telegram", "1"), Ct);
        Assert.Equivalent(Record("1"), found, strict: true);
        Assert.Null(await vaults.FindAsync(op, new PostKey("telegram", "3"), Ct));
        Assert.Null(await vaults.FindAsync(Op("bb22"), new PostKey("telegram", "1"), Ct)); // another operation's vault is another file
        var bytes = string.Concat(Directory.GetFiles(folder).Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));
        Assert.DoesNotContain("secretmarker", bytes);
        Assert.DoesNotContain("532 123", bytes);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(vaults.PathOf(op)));
        }
    }

    [Fact]
    public async Task Find_WrongKey_FailsToOpen()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var op = Op("aa11");
        await new OperationVaults(folder, RandomNumberGenerator.GetBytes(32)).SinkFor(op).WriteAsync([Record("1"), Record("2")], Ct);
        var otherKey = new OperationVaults(folder, RandomNumberGenerator.GetBytes(32));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => otherKey.FindAsync(op, new PostKey("telegram", "1"), Ct));
    }

    [Fact]
    public async Task Find_RecordMovedToAnotherPost_FailsToOpen()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var vaults = new OperationVaults(folder, RandomNumberGenerator.GetBytes(32));
        var op = Op("aa11");
        await vaults.SinkFor(op).WriteAsync([Record("1"), Record("2")], Ct);
        await using (var connection = new SqliteConnection($"Data Source={vaults.PathOf(op)};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var move = connection.CreateCommand();
            move.CommandText = "UPDATE clear_posts SET sealed = (SELECT sealed FROM clear_posts WHERE native_id = '1') WHERE native_id = '2'";
            await move.ExecuteNonQueryAsync(Ct);
        }

        await Assert.ThrowsAnyAsync<CryptographicException>(() => vaults.FindAsync(op, new PostKey("telegram", "2"), Ct));
    }

    [Fact]
    public async Task Erase_DeletesTheVaultFiles()
    {
        var folder = TestPaths.TempDir("vigil-vault");
        var vaults = new OperationVaults(folder, RandomNumberGenerator.GetBytes(32));
        var op = Op("aa11");
        await vaults.SinkFor(op).WriteAsync([Record("1")], Ct);

        Assert.Equal(1, await vaults.EraseAsync(op, Ct));

        Assert.Empty(Directory.GetFiles(folder, op.Id + ".vault*")); // the key ring (keyring.db) is not the vault's
        Assert.Null(await vaults.FindAsync(op, new PostKey("telegram", "1"), Ct));
    }
}
