using Vigil.Collect.Vk;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Vk;

public sealed class VkTargetAndRequestsTests
{
    private static readonly Uri Base = new("https://api.vk.com/");

    [Theory]
    [InlineData("durov", null, "durov")]
    [InlineData("https://vk.com/ApiClub", null, "apiclub")]
    [InlineData("club29246653", -29246653L, null)]
    [InlineData("public1", -1L, null)]
    [InlineData("-29246653", -29246653L, null)]
    [InlineData("id10", 10L, null)]
    [InlineData("10", 10L, null)]
    public void Parse_AcceptedForms(string text, long? owner, string? domain) =>
        Assert.Equal(new VkTarget(owner, domain), VkTarget.Parse(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData("club0")]
    [InlineData("https://evil.example/durov")]
    [InlineData("vk.com/durov/../../x")]
    [InlineData("a")]
    public void Parse_Refused(string text)
    {
        Assert.Null(VkTarget.Parse(text, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void WallGet_ByOwnerAndByDomain()
    {
        Assert.Equal("https://api.vk.com/method/wall.get?owner_id=-29246653&offset=200&count=100&filter=all&v=5.199&access_token=T",
            VkRequests.WallGet(Base, new VkTarget(-29246653, null), 200, 100, "T").ToString());
        Assert.Equal("https://api.vk.com/method/wall.get?domain=durov&offset=0&count=2&filter=all&v=5.199&access_token=T",
            VkRequests.WallGet(Base, new VkTarget(null, "durov"), 0, 2, "T").ToString());
    }

    [Fact]
    public void Order_IsThePostIdAfterTheOwner()
    {
        Assert.Equal(41, VkRequests.Order(Some.Post(platform: "vk", nativeId: "10_41")));
        Assert.Equal(177, VkRequests.Order(Some.Post(platform: "vk", nativeId: "-184898883_177")));
    }

    [Theory]
    [InlineData(0, 2, 5L, "2")]
    [InlineData(4, 1, 5L, null)]
    [InlineData(0, 0, 5L, null)]
    [InlineData(100, 100, null, "200")]
    public void NextOffset(int offset, int items, long? total, string? next) => Assert.Equal(next, VkRequests.NextOffset(offset, items, total));
}
