using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Collect.Vk;

/// <summary>
/// A VK watch target: a public wall, by screen name (<c>durov</c>, <c>vk.com/apiclub</c>) or by id
/// (<c>club123</c>/<c>public123</c>/<c>-123</c> for a community, <c>id123</c>/<c>123</c> for a person).
/// Exactly one of <see cref="OwnerId"/> and <see cref="Domain"/> is set.
/// </summary>
public sealed partial record VkTarget(long? OwnerId, string? Domain)
{
    public static VkTarget? Parse(string? text, out string? problem)
    {
        problem = null;
        var t = (text ?? "").Trim();
        var m = Address().Match(t);
        if (m.Success)
        {
            t = m.Groups["name"].Value;
        }

        var id = IdForm().Match(t);
        if (id.Success && long.TryParse(id.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            if (n == 0)
            {
                problem = "VK ids start at 1";
                return null;
            }

            var community = id.Groups["p"].Value is "club" or "public" or "event" or "-";
            return new VkTarget(community ? -n : n, null);
        }

        if (ScreenName().IsMatch(t))
        {
            return new VkTarget(null, t.ToLowerInvariant());
        }

        problem = "a VK watch is a public wall: a screen name (durov), club123 / -123 for a community, or id123 for a person";
        return null;
    }

    public override string ToString() => OwnerId is { } o ? (o < 0 ? $"club{-o}" : $"id{o}") : Domain!;

    [GeneratedRegex(@"^(?:https?://)?(?:m\.)?vk\.com/(?<name>[^/?#]+)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?<p>club|public|event|id|-)?(?<n>[0-9]{1,18})$")]
    private static partial Regex IdForm();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.]{1,31}$")]
    private static partial Regex ScreenName();
}
