using Vigil.Collect.Reddit;

namespace Vigil.Collect.Tests.Reddit;

public sealed class RedditTargetTests
{
    [Theory]
    [InlineData("askreddit", "askreddit", null)]
    [InlineData("r/AskReddit", "askreddit", null)]
    [InlineData("/r/europe/", "europe", null)]
    [InlineData("search:boat trip italy", null, "boat trip italy")]
    [InlineData("r/europe/search:\"safe trip\"", "europe", "\"safe trip\"")]
    public void Parse_AcceptedForms(string text, string? subreddit, string? query)
    {
        var target = RedditTarget.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(new RedditTarget(subreddit, query), target);
    }

    [Theory]
    [InlineData("")]
    [InlineData("r/")]
    [InlineData("r/a")]
    [InlineData("r/../../etc/passwd")]
    [InlineData("http://127.0.0.1/r/x")]
    [InlineData("r/name_that_is_far_too_long_for_reddit")]
    [InlineData("search:")]
    [InlineData("search:line\nbreak")]
    public void Parse_Refused_SaysWhy(string text)
    {
        Assert.Null(RedditTarget.Parse(text, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void ToString_ParsesBackToTheSameTarget()
    {
        foreach (var t in new[] { new RedditTarget("europe", null), new RedditTarget("europe", "boat"), new RedditTarget(null, "boat") })
        {
            Assert.Equal(t, RedditTarget.Parse(t.ToString(), out _));
        }
    }
}
