using Vigil.Core.Posts;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Importers.Mastodon;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers.Mastodon;

public sealed class MastodonStatusTests
{
    [Fact]
    public async Task Import_TagTimeline_StreamsEveryStatus()
    {
        var run = await ImportRun.FixtureAsync("mastodon", "api-v1-timelines-tag-rstats.body.json");

        Assert.Equal(InputFormat.Mastodon, run.Source.Format);
        Assert.Equal(5, run.Posts.Count);
        Assert.Empty(run.Rejections);
        var first = run.Posts[0];
        Assert.Equal("114870142396314555", first.NativeId);
        Assert.Equal("mastodon", first.Platform);
        Assert.StartsWith("After a month or so of not using Claude Code much", first.Text, StringComparison.Ordinal);
        Assert.Contains("#rstats package documentation", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", first.Text, StringComparison.Ordinal);
        Assert.Equal("en", first.LangHint);
        Assert.Equal("https://rstats.me/@simonpcouch/114870142137562212", first.Url);
        Assert.Equal(new DateTimeOffset(2025, 7, 17, 19, 7, 48, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal("photo", Assert.Single(first.Media).Kind);
    }

    [Fact]
    public async Task Import_PublicTimeline_KeepsRepliesAndLanguages()
    {
        var run = await ImportRun.FixtureAsync("mastodon", "api-v1-timelines-public-local.body.json");

        Assert.Equal(10, run.Posts.Count);
        Assert.Equal("114870341462245939", run.Posts[0].ReplyTo);
        Assert.Equal("es", run.Posts[6].LangHint);
    }

    [Fact]
    public async Task Import_SingleStatus_IsOnePost()
    {
        var run = await ImportRun.FixtureAsync("mastodon", "api-v1-statuses-single.body.json");

        var post = Assert.Single(run.Posts);
        Assert.Equal("114620457512351116", post.NativeId);
        Assert.Equal(new Engagement(null, 12, 5, 1), post.Engagement);
        Assert.StartsWith("Super grateful to have received an R Consortium grant", post.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Page_CursorIsTheLastStatusId()
    {
        var page = MastodonPageParser.Parse(File.ReadAllText(TestPaths.Fixture("mastodon", "api-v1-timelines-tag-rstats.body.json")), Some.Instant);

        Assert.Equal(5, page.Posts.Count);
        Assert.Equal("114869144089828147", page.NextCursor);
    }

    [Fact]
    public void Parse_BoostWithContentWarning_TakesTheBoostedTextAndAccount()
    {
        const string json = """
            [{"id":"9","created_at":"2026-01-01T00:00:00Z","content":"","account":{"acct":"booster@x.social","display_name":"B"},
              "reblog":{"id":"8","content":"<p>Crossing <b>tonight</b></p><p>second</p>","spoiler_text":"cw","language":"fr",
                        "account":{"acct":"origin@y.social"},"favourites_count":3,"media_attachments":[{"type":"gifv","url":"https://m/v.mp4"}]}}]
            """;

        var post = Assert.Single(MastodonPageParser.Parse(json, Some.Instant).Posts);

        Assert.Equal("9", post.NativeId);
        Assert.Equal("cw\n\nCrossing tonight\n\nsecond", post.Text);
        Assert.Equal("origin@y.social", post.ForwardedFrom);
        Assert.Equal("booster@x.social", post.Author);
        Assert.Equal("fr", post.LangHint);
        Assert.Equal([new MediaRef("video", "https://m/v.mp4")], post.Media);
    }
}
