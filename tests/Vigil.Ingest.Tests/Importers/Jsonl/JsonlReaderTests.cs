using System.Text;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.Jsonl;

public sealed class JsonlReaderTests
{
    [Fact]
    public async Task Read_AnalyzeContractFields_MapsEveryField()
    {
        var run = await ImportRun.TextAsync(
            """{"id":"42","text":"عبور إلى إيطاليا","platform":"Telegram","url":"https://t.me/c/42","author":"@smuggler_x","created_at":"2026-11-01T08:30:00+02:00","lang":"ar"}""" + "\n");

        var post = Assert.Single(run.Posts);
        Assert.Empty(run.Rejections);
        Assert.Equal("telegram", post.Platform);
        Assert.Equal("42", post.NativeId);
        Assert.Equal("عبور إلى إيطاليا", post.Text);
        Assert.Equal("https://t.me/c/42", post.Url);
        Assert.Equal("@smuggler_x", post.Author);
        Assert.Equal("ar", post.LangHint);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal(Some.Instant, post.CollectedAt);
    }

    [Fact]
    public async Task Read_RichFields_MapsEngagementMediaAndLinks()
    {
        var run = await ImportRun.TextAsync(
            """{"id":7,"text":"t","platform":"vk","source":"club1","author":"id5","author_name":"Name","author_url":"https://vk.com/id5","engagement":{"views":10,"likes":2,"shares":1,"replies":3},"media":[{"kind":"photo","url":"https://x/p.jpg"},"https://x/v.mp4"],"reply_to":"6","forwarded_from":"club2","created_at":1700000000}""");

        var post = Assert.Single(run.Posts);
        Assert.Equal("7", post.NativeId);
        Assert.Equal("club1", post.Source);
        Assert.Equal("Name", post.AuthorName);
        Assert.Equal("https://vk.com/id5", post.AuthorUrl);
        Assert.Equal(new Engagement(10, 2, 1, 3), post.Engagement);
        Assert.Equal([new MediaRef("photo", "https://x/p.jpg"), new MediaRef("other", "https://x/v.mp4")], post.Media);
        Assert.Equal("6", post.ReplyTo);
        Assert.Equal("club2", post.ForwardedFrom);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), post.CreatedAt);
    }

    [Fact]
    public async Task Read_NoId_UsesStableContentId()
    {
        var first = await ImportRun.TextAsync("""{"text":"same text","platform":"x","source":"s"}""");
        var second = await ImportRun.TextAsync("""{"text":"same text","platform":"x","source":"s"}""");

        Assert.Equal(Post.ContentId("x", "s", "same text"), first.Posts[0].NativeId);
        Assert.Equal(first.Posts[0].Key, second.Posts[0].Key);
    }

    [Fact]
    public async Task Read_MalformedLineAmongGoodOnes_RejectsOnlyThatLineWithItsNumber()
    {
        var run = await ImportRun.TextAsync("{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\n\n{\"id\":\"3\",\"text\":\"c\"}\n");

        Assert.Equal(["1", "3"], run.Posts.Select(p => p.NativeId));
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.Contains("Line 2 is not valid JSON", rejection.Reason, StringComparison.Ordinal);
        Assert.EndsWith("input.jsonl", rejection.File, StringComparison.Ordinal);
        Assert.Equal("{\"id\":\"2\",\"text\":", rejection.Raw);
    }

    [Fact]
    public async Task Read_LineWithoutText_IsRejectedWithReason()
    {
        var run = await ImportRun.TextAsync("{\"id\":\"1\"}\n[1,2]\n");

        Assert.Empty(run.Posts);
        Assert.Equal([1L, 2L], run.Rejections.Select(r => r.Line));
        Assert.Contains("no 'text' field", run.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", run.Rejections[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_UnreadableDate_KeepsPostWithoutDateAndNotes()
    {
        var run = await ImportRun.TextAsync("{\"id\":\"1\",\"text\":\"a\",\"created_at\":\"yesterday-ish\"}\n");

        Assert.Null(Assert.Single(run.Posts).CreatedAt);
        Assert.Contains(run.Source.Notes.All, n => n.StartsWith("1 record(s) had an unreadable created_at", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_CrLfLineEndsAndBlankLines_AreTolerated()
    {
        var run = await ImportRun.TextAsync("{\"id\":\"1\",\"text\":\"a\"}\r\n\r\n   \r\n{\"id\":\"2\",\"text\":\"b\"}\r\n");

        Assert.Equal(["a", "b"], run.Posts.Select(p => p.Text));
        Assert.Empty(run.Rejections);
    }

    [Fact]
    public async Task Read_DefaultPlatformAndSource_ComeFromOptions()
    {
        var run = await ImportRun.TextAsync("{\"text\":\"a\"}\n", options: ImportRun.Options with { Platform = "telegram", Source = "chan" });

        var post = Assert.Single(run.Posts);
        Assert.Equal("telegram", post.Platform);
        Assert.Equal("chan", post.Source);
    }

    [Fact]
    public async Task Read_TextWithEscapesAndEmoji_RoundTripsExactly()
    {
        const string text = "line1\nline2 \"q\" 🚤 +963 944 567 890";
        var json = System.Text.Json.JsonSerializer.Serialize(new { id = "e", text });
        var run = await ImportRun.BytesAsync(Encoding.UTF8.GetBytes(json + "\n"));

        Assert.Equal(text, Assert.Single(run.Posts).Text);
    }

    [Fact]
    public async Task Read_JsonArrayOfRecords_IsStreamedLikeJsonl()
    {
        var run = await ImportRun.TextAsync("[\n {\"id\":\"1\",\"text\":\"a\"},\n {\"id\":\"2\"},\n {\"id\":\"3\",\"text\":\"c\"}\n]", "posts.json");

        Assert.Equal(["1", "3"], run.Posts.Select(p => p.NativeId));
        var rejection = Assert.Single(run.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Contains("no 'text' field", rejection.Reason, StringComparison.Ordinal);
    }
}
