using Vigil.Analysis.Dedup;
using Vigil.Core.Analysis;
using Vigil.Testing;

namespace Vigil.Analysis.Tests.Dedup;

public sealed class NetworkBuilderTests
{
    private static AccountActivity Act(string account, Category category, string platform = "telegram", int day = 0, string? cluster = null, params string[] ids) =>
        new(account, platform, "ar", Some.Instant.AddDays(day), category, ids, cluster);

    [Fact]
    public void Build_SharedPhone_LinksAccountsAcrossPlatforms()
    {
        var networks = new NetworkBuilder().Build(
        [
            Act("ps_a", Category.SmugglingOffer, "telegram", 0, null, "phone:ps_111"),
            Act("ps_b", Category.SmugglingOffer, "facebook", 3, null, "phone:ps_111", "telegram:ps_222"),
            Act("ps_c", Category.DocumentFraud, "tiktok", 5, null, "telegram:ps_222"),
            Act("ps_d", Category.SmugglingOffer, "telegram", 1, null, "phone:ps_999"),
        ]);

        var network = Assert.Single(networks);
        Assert.Equal(["ps_a", "ps_b", "ps_c"], network.Accounts);
        Assert.Equal(["phone:ps_111", "telegram:ps_222"], network.SharedLinks);
        Assert.Equal(["facebook", "telegram", "tiktok"], network.Platforms);
        Assert.Equal(Some.Instant, network.FirstSeen);
        Assert.Equal(Some.Instant.AddDays(5), network.LastSeen);
    }

    [Fact]
    public void Build_SharedCluster_LinksAccounts()
    {
        var networks = new NetworkBuilder().Build(
        [
            Act("ps_a", Category.SmugglingOffer, cluster: "c_1"),
            Act("ps_b", Category.SmugglingOffer, cluster: "c_1"),
        ]);
        Assert.Equal(["cluster:c_1"], Assert.Single(networks).SharedLinks);
    }

    [Fact]
    public void Build_MigrantRequestsAndNews_AreNeverProfiled()
    {
        var networks = new NetworkBuilder().Build(
        [
            Act("ps_smuggler", Category.SmugglingOffer, ids: "phone:ps_111"),
            Act("ps_migrant", Category.MigrantRequest, ids: "phone:ps_111"),
            Act("ps_ngo", Category.HumanitarianOrNews, ids: "phone:ps_111"),
            Act("ps_other", Category.Unrelated, ids: "phone:ps_111"),
        ]);
        Assert.Empty(networks);
    }
}
