using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Vk;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.Vk;

public sealed class VkWallPostTests
{
    [Fact]
    public async Task Import_NewsfeedSearch_MapsPostsWithVkIds()
    {
        var run = await ImportRun.FixtureAsync("vk", "newsfeed.search.next_from.json");

        Assert.Equal(InputFormat.Vk, run.Source.Format);
        Assert.Equal(["388444282_11454", "-31130529_49163", "-184898883_177"], run.Posts.Select(p => p.NativeId));
        var first = run.Posts[0];
        Assert.Equal("vk", first.Platform);
        Assert.StartsWith("❗Принимаю заказы до 23.00", first.Text, StringComparison.Ordinal);
        Assert.Equal("id388444282", first.Source);
        Assert.Equal("https://vk.com/wall388444282_11454", first.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1564779900), first.CreatedAt);
        Assert.Equal("photo", first.Media[0].Kind);
        Assert.Equal("club31130529", run.Posts[1].Source);
    }

    [Fact]
    public async Task Import_RepostWithoutOwnText_TakesTheRepostedTextAndOrigin()
    {
        var run = await ImportRun.FixtureAsync("vk", "wall.get.repost-poll-geo.json");

        var post = Assert.Single(run.Posts);
        Assert.Equal("1563369_1164", post.NativeId);
        Assert.StartsWith("Мы оформляем храм...", post.Text, StringComparison.Ordinal);
        Assert.Equal("club42895313", post.ForwardedFrom);
    }

    [Fact]
    public async Task Import_ExtendedWallGet_KeepsEngagementAndRepostPhoto()
    {
        var run = await ImportRun.FixtureAsync("vk", "wall.get.extended.json");

        var post = Assert.Single(run.Posts);
        Assert.Equal(new Engagement(null, 1, 0, 0), post.Engagement);
        Assert.Equal([new MediaRef("photo", "http://cs413130.vk.me/v413130344/9565/jCLiluawfXE.jpg")], post.Media);
        Assert.Equal("club29246653", post.ForwardedFrom);
    }

    [Fact]
    public void Parse_NewsfeedSearch_CursorIsNextFrom()
    {
        var page = VkPageParser.Parse(File.ReadAllText(TestPaths.Fixture("vk", "newsfeed.search.next_from.json")), Some.Instant);

        Assert.Equal("3/-184898883_177", page.NextCursor);
    }

    [Fact]
    public void Parse_ApiError_IsAPageProblem()
    {
        var page = VkPageParser.Parse("""{"error":{"error_code":5,"error_msg":"User authorization failed"}}""", Some.Instant);

        Assert.Contains("VK API error (code 5)", Assert.Single(page.Problems).Reason, StringComparison.Ordinal);
    }
}
