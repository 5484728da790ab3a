using Vigil.Collect.Telegram;

namespace Vigil.Collect;

/// <summary>
/// Every connector Vigil ships, by platform. Adding a connector is adding its folder and one line here.
/// </summary>
public static class Connectors
{
    public static IReadOnlyList<ConnectorDescriptor> All { get; } =
    [
        TelegramConnector.Descriptor,
    ];

    /// <summary>The connector of <paramref name="platform"/>, or null.</summary>
    public static ConnectorDescriptor? Find(string platform) => All.FirstOrDefault(c => c.Platform == platform);
}
