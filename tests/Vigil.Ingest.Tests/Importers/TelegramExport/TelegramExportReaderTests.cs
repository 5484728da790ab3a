using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.TelegramExport;

public sealed class TelegramExportReaderTests
{
    /// <summary>Ordinary messages with an id below 25 in result.private_group.json (counted with a JSON tool).</summary>
    private const int MessagesBefore25 = 7;

    [Fact]
    public async Task Read_PersonalChatExport_KeepsMessagesAndCountsServiceMessages()
    {
        var run = await ImportRun.FixtureAsync("telegram-export", "result.personal_chat.json");

        Assert.Equal(InputFormat.TelegramExport, run.Source.Format);
        Assert.Equal(25, run.Posts.Count);
        Assert.Empty(run.Rejections);
        Assert.Contains("61 Telegram service message(s) (joins, title changes, pins, calls) were skipped.", run.Source.Notes.All);
        Assert.Contains("1 Telegram message(s) that Telegram Desktop could not export were skipped.", run.Source.Notes.All);
    }

    [Fact]
    public async Task Read_EntityArrayText_IsConcatenatedPlainText()
    {
        var run = await ImportRun.FixtureAsync("telegram-export", "result.personal_chat.json");

        var first = run.Single("/1");
        Assert.Equal("10001/1", first.NativeId);
        Assert.Equal("telegram", first.Platform);
        Assert.Equal("Alice Example", first.Source);
        Assert.Equal("Base text with entities", first.Text);
        Assert.Equal("user777000", first.Author);
        Assert.Equal("Me", first.AuthorName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1769936400), first.CreatedAt);
        Assert.Equal(6, first.Engagement.Likes);
        Assert.Equal(Some.Instant, first.CollectedAt);
    }

    [Fact]
    public async Task Read_ForwardedReply_KeepsReplyAndForwardLinks()
    {
        var run = await ImportRun.FixtureAsync("telegram-export", "result.personal_chat.json");

        var forwarded = run.Single("/2");
        Assert.Equal("Edited forwarded reply", forwarded.Text);
        Assert.Equal("10001/1", forwarded.ReplyTo);
        Assert.Equal("Channel News", forwarded.ForwardedFrom);
        Assert.Equal([new MediaRef("photo", "photos/p1.jpg")], run.Single("/3").Media);
    }

    [Fact]
    public async Task Read_GroupExport_UsesGroupNameAsSource()
    {
        var run = await ImportRun.FixtureAsync("telegram-export", "result.private_group.json");

        Assert.Equal(23, run.Posts.Count);
        Assert.All(run.Posts, p => Assert.Equal("Team Chat", p.Source));
        Assert.Equal("Public Channel", run.Single("/25").ForwardedFrom);
        Assert.Contains("21 Telegram service message(s) (joins, title changes, pins, calls) were skipped.", run.Source.Notes.All);
    }

    [Fact]
    public async Task Read_TruncatedExport_KeepsCompleteMessagesAndRejectsTheCutOne()
    {
        var full = await File.ReadAllTextAsync(TestPaths.Fixture("telegram-export", "result.private_group.json"), TestContext.Current.CancellationToken);
        var cut = full.IndexOf("\"Forwarded message from channel\"", StringComparison.Ordinal);

        var run = await ImportRun.TextAsync(full[..cut], "result.json");

        var rejection = Assert.Single(run.Rejections);
        Assert.Contains("the file looks truncated", rejection.Reason, StringComparison.Ordinal);
        Assert.True(rejection.Line > 1);
        Assert.NotNull(rejection.Raw);
        Assert.Equal(MessagesBefore25, run.Posts.Count);
        Assert.DoesNotContain(run.Posts, p => p.NativeId == "20001/25");
    }

    [Fact]
    public async Task Read_MalformedMessageInTheMiddle_RejectsItAndKeepsTheRest()
    {
        const string json = """
            {"name":"Chan","type":"public_channel","id":77,"messages":[
             {"id":1,"type":"message","date_unixtime":"1700000000","from":"Chan","from_id":"channel77","text":"first"},
             {"id":2,"type":"message","text": oops},
             {"id":3,"type":"message","date_unixtime":"1700000100","from":"Chan","from_id":"channel77","text":["a ",{"type":"bold","text":"b"}]}
            ]}
            """;

        var run = await ImportRun.TextAsync(json, "result.json");

        Assert.Equal(["77/1", "77/3"], run.Posts.Select(p => p.NativeId));
        Assert.Equal("a b", run.Posts[1].Text);
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Contains("not valid JSON", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MessageLargerThanLimit_IsSkippedWithoutStoppingTheFile()
    {
        var big = new string('x', 5000);
        var json = "{\"name\":\"C\",\"type\":\"public_channel\",\"id\":1,\"messages\":[{\"id\":1,\"text\":\"" + big + "\"},{\"id\":2,\"text\":\"ok\"}]}";

        var run = await ImportRun.TextAsync(json, "result.json", ImportRun.Options with { MaxRecordBytes = 1000 });

        Assert.Equal("1/2", Assert.Single(run.Posts).NativeId);
        Assert.Contains("more than the limit of 1,000 bytes", Assert.Single(run.Rejections).Reason, StringComparison.Ordinal);
    }
}
