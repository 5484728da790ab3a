using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Core.Tests.Posts;

public sealed class PostTests
{
    [Fact]
    public void ContentId_SameContent_SameId()
    {
        var a = Post.ContentId("telegram", "chan", "نقل إلى اليونان");
        var b = Post.ContentId("telegram", "chan", "نقل إلى اليونان");
        Assert.Equal(a, b);
    }

    [Fact]
    public void ContentId_DifferentSource_DifferentId()
    {
        Assert.NotEqual(Post.ContentId("telegram", "a", "text"), Post.ContentId("telegram", "b", "text"));
    }

    [Fact]
    public void Key_IsPlatformAndNativeId()
    {
        var post = Some.Post(nativeId: "123", platform: "reddit");
        Assert.Equal(new PostKey("reddit", "123"), post.Key);
        Assert.Equal("reddit:123", post.Key.ToString());
    }
}
