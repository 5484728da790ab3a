using System.Globalization;
using Vigil.Collect.Http;
using Vigil.Core.Posts;

namespace Vigil.Collect.Vk;

/// <summary>
/// VK API <c>wall.get</c>: a wall newest first (a pinned post may come first), 100 posts a request,
/// paging by <c>offset</c>. The token (a service token of a VK app is enough for public walls) is the
/// <c>access_token</c> parameter, as the VK API requires; .NET's HttpClient logging redacts query strings
/// and Vigil's own messages never show the URL. Post ids grow per wall, so the id is the order.
/// </summary>
public static class VkRequests
{
    /// <summary>The API version the requests and the page parser are written for.</summary>
    public const string ApiVersion = "5.199";

    public const int PageSize = 100;

    public static Uri WallGet(Uri baseUri, VkTarget target, int offset, int count, string token) => ApiUri.Build(baseUri, "/method/wall.get",
        ("owner_id", target.OwnerId?.ToString(CultureInfo.InvariantCulture)),
        ("domain", target.Domain),
        ("offset", offset.ToString(CultureInfo.InvariantCulture)),
        ("count", count.ToString(CultureInfo.InvariantCulture)),
        ("filter", "all"),
        ("v", ApiVersion),
        ("access_token", token));

    /// <summary>The post id of a native id <c>owner_post</c> (<c>-1_42</c> → 42).</summary>
    public static long? Order(Post post) =>
        long.TryParse(post.NativeId.AsSpan(post.NativeId.LastIndexOf('_') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The offset of the page after one that started at <paramref name="offset"/> with
    /// <paramref name="items"/> items out of <paramref name="total"/>; null when the wall is read to its end.</summary>
    public static string? NextOffset(int offset, int items, long? total) =>
        items == 0 || (total is { } t && offset + items >= t) ? null : (offset + items).ToString(CultureInfo.InvariantCulture);
}
