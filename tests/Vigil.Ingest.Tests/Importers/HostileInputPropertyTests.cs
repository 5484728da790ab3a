using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Ingest.Importers;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers;

/// <summary>
/// Whatever the bytes, an import yields posts and rejections and never throws: real fixtures cut at any
/// point, with bytes flipped, or plain random bytes.
/// </summary>
public sealed class HostileInputPropertyTests
{
    private static readonly string[] Fixtures =
    [
        "telegram-export/result.personal_chat.json",
        "telegram-web/tme-s-channel-anonymised.html",
        "mastodon/api-v1-timelines-tag-rstats.body.json",
        "reddit/r-all-search.listing.body.json",
        "x-twitter/v2-tweets-search-recent.body.json",
        "rss/rss20-spiegel-2017-mojibake.xml",
        "rss/atom-theverge.xml",
        "youtube/commentThreads.list.by_video.p1.json",
        "vk/newsfeed.search.next_from.json",
        "csv/crowdtangle-sample.csv",
    ];

    private static readonly byte[][] Contents = [.. Fixtures.Select(f => File.ReadAllBytes(TestPaths.Fixture(f.Split('/'))))];

    private static async Task<bool> ImportsWithoutThrowingAsync(byte[] bytes)
    {
        var run = await ImportRun.BytesAsync(bytes, "hostile.bin", ImportRun.Options with { MaxRecordBytes = 4096 });
        return run.Rejections.All(r => r.File.EndsWith("hostile.bin", StringComparison.Ordinal) && r.Line >= 0 && r.Reason.Length > 0);
    }

    [Property(MaxTest = 120)]
    public Property Import_TruncatedOrCorruptedFixture_NeverThrows()
    {
        var gen =
            from index in Gen.Choose(0, Fixtures.Length - 1)
            from cut in Gen.Choose(0, 100)
            from flips in Gen.ListOf(Gen.Zip(Gen.Choose(0, 100), Gen.Choose(0, 255)))
            select (index, cut, flips);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var source = Contents[c.index];
            var bytes = source.AsSpan(0, source.Length * c.cut / 100).ToArray();
            foreach (var (at, value) in c.flips.Take(8))
            {
                if (bytes.Length > 0)
                {
                    bytes[bytes.Length * at / 101] = (byte)value;
                }
            }

            return ImportsWithoutThrowingAsync(bytes).GetAwaiter().GetResult();
        });
    }

    [Property(MaxTest = 100)]
    public bool Import_RandomBytes_NeverThrows(byte[] bytes) => ImportsWithoutThrowingAsync(bytes ?? []).GetAwaiter().GetResult();

    [Fact]
    public async Task Import_EveryFixtureForcedIntoEveryFormat_NeverThrows()
    {
        foreach (var content in Contents)
        {
            foreach (var format in Enum.GetValues<InputFormat>())
            {
                var run = await ImportRun.BytesAsync(content, "forced.bin", ImportRun.Options with { Format = format });
                Assert.All(run.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
            }
        }
    }
}
