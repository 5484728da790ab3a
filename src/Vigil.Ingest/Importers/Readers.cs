using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers.Input;

namespace Vigil.Ingest.Importers;

/// <summary>Dispatches a detected format to its streaming reader.</summary>
internal static class Readers
{
    public const string RedditSkipNote = "{0} Reddit listing child(ren) that are neither posts nor comments were skipped.";
    public const string YouTubeSkipNote = "{0} YouTube result(s) that are channels or playlists, not videos or comments, were skipped.";

    public static IAsyncEnumerable<ReadResult> Read(InputFormat format, DecodedInput input, ImportContext context, CancellationToken cancellationToken) => format switch
    {
        InputFormat.Jsonl when StartsWithArray(input.Head) => JsonItemsReader.ReadAsync(input, context, [],
            (e, _) => [Jsonl.VigilRecord.Map(e, context.Options.Platform ?? "unknown", context.Options.Source, context.Now(), context.Notes)], null, cancellationToken),
        InputFormat.Jsonl => Jsonl.JsonlReader.ReadAsync(input, context, cancellationToken),
        InputFormat.Csv => Csv.CsvPostReader.ReadAsync(input, context, cancellationToken),
        InputFormat.TelegramExport => TelegramExport.TelegramExportReader.ReadAsync(input, context, cancellationToken),
        InputFormat.TelegramWeb => PageReader.ReadAsync(input, context, TelegramWeb.TelegramWebPageParser.Parse, cancellationToken),
        InputFormat.Mastodon when StartsWithArray(input.Head) =>
            JsonItemsReader.ReadAsync(input, context, [], (e, _) => [Mastodon.MastodonStatus.Map(e, context.Now())], null, cancellationToken),
        InputFormat.Mastodon => PageReader.ReadAsync(input, context, Mastodon.MastodonPageParser.Parse, cancellationToken),
        InputFormat.Reddit =>
            JsonItemsReader.ReadAsync(input, context, ["data", "children"], (e, _) => [Reddit.RedditThing.Map(e, context.Now())], RedditSkipNote, cancellationToken),
        InputFormat.X => X.XReader.ReadAsync(input, context, cancellationToken),
        InputFormat.Feed => Feeds.FeedReader.ReadAsync(input, context, cancellationToken),
        InputFormat.YouTube =>
            JsonItemsReader.ReadAsync(input, context, ["items"], (e, _) => YouTube.YouTubeItem.Map(e, context.Now()), YouTubeSkipNote, cancellationToken),
        InputFormat.Vk =>
            JsonItemsReader.ReadAsync(input, context, ["response", "items"], (e, _) => [Vk.VkWallPost.Map(e, context.Now())], null, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No reader for this format."),
    };

    private static bool StartsWithArray(ReadOnlySpan<byte> head)
    {
        var body = head.TrimStart(" \t\r\n"u8);
        return !body.IsEmpty && body[0] == (byte)'[';
    }
}
