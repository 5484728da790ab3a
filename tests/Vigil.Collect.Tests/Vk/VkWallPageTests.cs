using Vigil.Collect.Paging;
using Vigil.Collect.Vk;
using Vigil.Testing;

namespace Vigil.Collect.Tests.Vk;

public sealed class VkWallPageTests
{
    private static string Fixture(string name) => File.ReadAllText(TestPaths.Fixture("vk", name));

    [Fact]
    public void Parse_FirstSyntheticPage_NextOffsetIsItsItemCount()
    {
        var page = VkWallPage.Parse(Fixture("wall.get.synthetic.offset-0.json"), 0, Some.Instant);

        Assert.Equal(["10_12", "10_41"], page.Posts.Select(p => p.NativeId));
        Assert.Equal("2", page.NextCursor);
    }

    [Fact]
    public void Parse_LastPage_HasNoNext()
    {
        var page = VkWallPage.Parse(Fixture("wall.get.synthetic.offset-4.json"), 4, Some.Instant);

        Assert.Equal("10_37", Assert.Single(page.Posts).NativeId);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void Parse_RealExtendedAnswer_NextOffsetUntilCount()
    {
        // The real wall.get answer: 1 item of count 42.
        Assert.Equal("1", VkWallPage.Parse(Fixture("wall.get.extended.json"), 0, Some.Instant).NextCursor);
    }

    [Fact]
    public void Parse_NotJson_WholePageProblem()
    {
        var page = VkWallPage.Parse("<html>", 0, Some.Instant);

        Assert.Empty(page.Posts);
        Assert.Contains(page.Problems, p => p.Index < 0);
    }

    [Fact]
    public void Offset_OfCursor()
    {
        Assert.Equal(0, VkWallPage.Offset(ListingCursor.Start));
        Assert.Equal(200, VkWallPage.Offset(ListingCursor.Start with { Next = "200" }));
    }
}
