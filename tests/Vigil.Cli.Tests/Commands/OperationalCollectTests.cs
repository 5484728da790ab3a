using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Audit;
using Vigil.Storage.Operations;
using Vigil.Storage.Sqlite;
using Vigil.Testing;
using Vigil.Testing.Replay;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil collect --operation</c>: the same rules as <c>vigil import --operation</c>, against a loopback Telegram replay.</summary>
public sealed class OperationalCollectTests
{
    private const string Channel = "kaptan_murat77";
    private const string OfferPhone = "+90 532 123 45 67";
    private const string RequestPhone = "+90 533 765 43 21";

    // The recorded preview's message texts (tests/fixtures/telegram-web), replaced by an advert and a migrant's request.
    private const string RecordedForwarded = "This is a forwarded message with multiple photos showing repair and restoration work. The construction team is making progress on the building restoration project.";
    private const string RecordedTraffic = "This is a test message with multiple photos. The local traffic department organized an educational event for children. Kids learned about road safety, traffic lights, and pedestrian crossings. The event included creative workshops where children drew various traffic situations.";

    private readonly CliHarness _cli = new();

    private string Store => _cli.Store();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ReplayServer> ChannelAsync()
    {
        var server = await ReplayServer.StartAsync(Ct);
        var page = TelegramPreview.Page(Channel, [1, 2, 3], hasOlder: false);
        Assert.Contains(RecordedForwarded, page);
        Assert.Contains(RecordedTraffic, page);
        page = page
            .Replace(RecordedForwarded, $"رحلة بحرية آمنة من إزمير إلى اليونان، اتصل {OfferPhone} أو @{Channel}", StringComparison.Ordinal)
            .Replace(RecordedTraffic, $"Is there anyone who knows a smuggler to get me from Turkey to Greece? I have my wife and kids, please help, my number {RequestPhone}", StringComparison.Ordinal);
        server.On($"/s/{Channel}", Reply.Html(page));
        _cli.Environment["VIGIL_COLLECT_URL_TELEGRAM"] = server.BaseAddress.ToString();
        _cli.Environment["VIGIL_COLLECT_ALLOW_PRIVATE"] = server.Endpoint;
        await _cli.RunAsync("watch", "add", "telegram:" + Channel, "--store", Store);
        return server;
    }

    private OperationVaults Vaults() => Operations.Vaults(_cli, Store);

    [Fact]
    public async Task Collect_InActiveOperation_KeepsTheAdvertsClearIdentifiersInTheVaultOnly_NeverTheMigrantsRequest()
    {
        await using var server = await ChannelAsync();
        await Operations.AddUsersAsync(_cli, Store);
        Assert.Equal(0, (await Operations.CreateAsync(_cli, Store)).ExitCode);

        var result = await _cli.RunAsync("collect", "--operation", "aegean-2026", "--store", Store);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("clear identifiers of 1 smugglers' posts kept in its vault", result.Console);
        var operation = (await (await OperationRegister.OpenAsync(VigilWebOptions.SecurityPathFor(Store), Clocks.At(), Ct)).FindAsync("aegean-2026", Ct))!;
        var vaults = Vaults();
        await using var store = await SqlitePostStore.OpenAsync(Store, new() { ReadOnly = true }, Ct);
        var stored = await store.ScanAsync(null, Ct).ToListAsync(Ct);
        var kept = new List<(StoredPost Post, Core.Operations.ClearRecord Clear)>();
        foreach (var post in stored)
        {
            if (await vaults.FindAsync(operation, post.Key, Ct) is { } clear)
            {
                kept.Add((post, clear));
            }
        }

        var (offer, record) = Assert.Single(kept);
        Assert.True(offer.Analysis!.Category.IsSmuggling(), $"the advert was analysed as {offer.Analysis.Category}");
        Assert.Contains(OfferPhone, record.Text);
        Assert.DoesNotContain("532 123", offer.Text); // the store is pseudonymised as in strategic mode
        Assert.All(stored, p => Assert.DoesNotContain("765 43 21", p.Text));
        var vaultBytes = string.Concat(Directory.GetFiles(vaults.Folder).Select(f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))));
        Assert.DoesNotContain("765 43 21", vaultBytes);
        var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(Store), Clocks.At(), Ct);
        var entry = Assert.Single(await log.RecentAsync(50, Ct), e => e.Action == "operation-collect");
        Assert.Equal("aegean-2026", entry.Target);
        Assert.Contains("clear identifiers of 1 posts kept from 1 watch(es)", entry.Reason);
    }

    [Fact]
    public async Task Collect_OperationNotActive_RefusedAndNothingCollected()
    {
        await using var server = await ChannelAsync();
        await Operations.AddUsersAsync(_cli, Store);
        Assert.Equal(0, (await Operations.CreateAsync(_cli, Store)).ExitCode);
        await _cli.RunAsync("operation", "close", "aegean-2026", "--by", "dpo1", "--store", Store);

        var closed = await _cli.RunAsync("collect", "--operation", "aegean-2026", "--store", Store);
        var unknown = await _cli.RunAsync("collect", "--operation", "no-such-op", "--store", Store);

        Assert.Equal(1, closed.ExitCode);
        Assert.Contains("is not active now", closed.Error);
        Assert.Contains("Nothing was collected.", closed.Error);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no operation 'no-such-op'", unknown.Error);
        await using var store = await SqlitePostStore.OpenAsync(Store, new() { ReadOnly = true }, Ct);
        Assert.Equal(0, await store.CountAsync(Ct));
    }
}
