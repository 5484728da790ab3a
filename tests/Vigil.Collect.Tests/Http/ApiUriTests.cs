using Vigil.Collect.Http;

namespace Vigil.Collect.Tests.Http;

public sealed class ApiUriTests
{
    [Fact]
    public void Build_HostileValue_StaysAnEscapedParameterOnTheBaseHost()
    {
        var uri = ApiUri.Build(new Uri("https://api.example.org/"), "/search", ("q", "x&host=evil.example/#@127.0.0.1"), ("skip", null));

        Assert.Equal("api.example.org", uri.Host);
        Assert.Equal("/search", uri.AbsolutePath);
        Assert.Equal("?q=x%26host%3Devil.example%2F%23%40127.0.0.1", uri.Query);
    }

    [Fact]
    public void Build_BaseWithPath_KeepsItsPathAndPort()
    {
        var uri = ApiUri.Build(new Uri("http://127.0.0.1:5123/replay/"), "/method/wall.get", ("v", "5.199"));

        Assert.Equal("http://127.0.0.1:5123/replay/method/wall.get?v=5.199", uri.ToString());
    }
}
