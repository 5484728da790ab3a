namespace Vigil.Ingest.Importers;

/// <summary>The input formats Vigil can import.</summary>
public enum InputFormat
{
    /// <summary>Vigil's own JSON Lines schema (docs/formats.md); also the <c>analyze</c> input.</summary>
    Jsonl,
    /// <summary>CSV export of a social-listening tool (CrowdTangle, 4CAT, or any with a header row).</summary>
    Csv,
    /// <summary>Telegram Desktop "Export chat history" JSON (<c>result.json</c>).</summary>
    TelegramExport,
    /// <summary>Saved Telegram public-channel web preview page (<c>t.me/s/&lt;channel&gt;</c>).</summary>
    TelegramWeb,
    /// <summary>Mastodon API statuses: one status object or an array of them.</summary>
    Mastodon,
    /// <summary>Reddit <c>Listing</c> JSON of <c>t3</c> (link/self post) children.</summary>
    Reddit,
    /// <summary>X API v2 search response, or JSON Lines of such responses (twarc2 output).</summary>
    X,
    /// <summary>RSS 2.0 or Atom 1.0 feed.</summary>
    Feed,
    /// <summary>YouTube Data API v3 <c>search.list</c> or <c>commentThreads.list</c> response.</summary>
    YouTube,
    /// <summary>VK API <c>wall.get</c> or <c>newsfeed.search</c> response.</summary>
    Vk,
}
