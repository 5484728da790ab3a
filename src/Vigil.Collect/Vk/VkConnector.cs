using Vigil.Collect.Paging;

namespace Vigil.Collect.Vk;

/// <summary>
/// VK public walls through the VK API's <c>wall.get</c>, newest first (a pinned post may come first),
/// paging by <c>offset</c>. Needs an access token, <c>VIGIL_VK_ACCESS_TOKEN</c> (the service token of a
/// VK app is enough); without one the watch fails at once with a sentence saying so and nothing is
/// fetched. VK answers errors with HTTP 200 and an <c>error</c> object, read by <see cref="VkErrors"/>.
/// </summary>
public sealed class VkConnector(ConnectorServices services) : IConnector
{
    /// <summary>The name of the secret, read from <c>VIGIL_VK_ACCESS_TOKEN</c>.</summary>
    public const string TokenSecret = "VK_ACCESS_TOKEN";

    /// <summary>The connector's registration.</summary>
    public static ConnectorDescriptor Descriptor { get; } = new(
        "vk",
        "a public wall: a screen name, club<id> for a community or id<id> for a person, e.g. vk:apiclub (needs VIGIL_VK_ACCESS_TOKEN)",
        Validate,
        s => new VkConnector(s),
        new Uri("https://api.vk.com/"),
        RequestsPerMinute: 60);

    public static TargetCheck Validate(string target) => VkTarget.Parse(target, out var problem) is { } t
        ? TargetCheck.Ok(t.ToString())
        : TargetCheck.Fail($"'{target}' is not a VK watch: {problem}.");

    /// <inheritdoc />
    public IAsyncEnumerable<CollectedPage> FetchAsync(string target, string? cursor, CancellationToken cancellationToken)
    {
        var what = $"vk:{target}";
        var t = VkTarget.Parse(target, out var problem) ?? throw new SourceFailedException($"{what}: {problem}.");
        var token = services.Settings.Secret(TokenSecret) ?? throw new SourceFailedException(
            $"{what}: the VK connector needs an access token and this installation has none. Create a VK app (vk.com/apps?act=manage), copy its service token and set VIGIL_VK_ACCESS_TOKEN; nothing was fetched.");
        var api = new ListingApi
        {
            What = what,
            Request = c => VkRequests.WallGet(services.BaseAddress, t, VkWallPage.Offset(c), VkRequests.PageSize, token),
            Classify = a => VkErrors.Classify(a.Status, a.Body, t),
            Parse = (body, c, now) => VkWallPage.Parse(body, VkWallPage.Offset(c), now),
            Order = VkRequests.Order,
        };
        return ListingCollector.FetchAsync(api, services, cursor, cancellationToken);
    }
}
