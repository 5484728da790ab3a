using Vigil.Collect.YouTube;

namespace Vigil.Collect.Tests.YouTube;

public sealed class YouTubeTargetTests
{
    [Theory]
    [InlineData("search:safe trip italy", YouTubeTargetKind.Search, "safe trip italy")]
    [InlineData("comments:F1UP7wRCPH8", YouTubeTargetKind.Comments, "F1UP7wRCPH8")]
    [InlineData("comments:https://www.youtube.com/watch?v=F1UP7wRCPH8&t=10s", YouTubeTargetKind.Comments, "F1UP7wRCPH8")]
    [InlineData("comments:youtu.be/F1UP7wRCPH8", YouTubeTargetKind.Comments, "F1UP7wRCPH8")]
    [InlineData("channel:UC_x5XG1OV2P6uZZ5FSM9Ttw", YouTubeTargetKind.Channel, "UC_x5XG1OV2P6uZZ5FSM9Ttw")]
    public void Parse_AcceptedForms(string text, YouTubeTargetKind kind, string value)
    {
        Assert.Equal(new YouTubeTarget(kind, value), YouTubeTarget.Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("safe trip")]
    [InlineData("comments:short")]
    [InlineData("comments:http://127.0.0.1/watch?v=F1UP7wRCPH8")]
    [InlineData("channel:not-a-channel")]
    [InlineData("search:")]
    public void Parse_Refused_SaysWhatAWatchLooksLike(string text)
    {
        Assert.Null(YouTubeTarget.Parse(text, out var problem));
        Assert.Contains("search:words", problem, StringComparison.Ordinal);
    }
}
