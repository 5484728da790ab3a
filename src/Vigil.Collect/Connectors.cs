using Vigil.Collect.Feeds;
using Vigil.Collect.Mastodon;
using Vigil.Collect.Reddit;
using Vigil.Collect.Telegram;
using Vigil.Collect.Vk;
using Vigil.Collect.X;
using Vigil.Collect.YouTube;

namespace Vigil.Collect;

/// <summary>
/// Every connector Vigil ships, by platform. Adding a connector is adding its folder and one line here.
/// </summary>
public static class Connectors
{
    public static IReadOnlyList<ConnectorDescriptor> All { get; } =
    [
        TelegramConnector.Descriptor,
        FeedConnector.Descriptor,
        MastodonConnector.Descriptor,
        RedditConnector.Descriptor,
        YouTubeConnector.Descriptor,
        XConnector.Descriptor,
        VkConnector.Descriptor,
    ];

    /// <summary>The connector of <paramref name="platform"/>, or null.</summary>
    public static ConnectorDescriptor? Find(string platform) => All.FirstOrDefault(c => c.Platform == platform);
}
