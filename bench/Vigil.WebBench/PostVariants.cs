using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.WebBench;

/// <summary>
/// Variants of real (demo) posts for a large store: the text and analysis of a seed post — so languages,
/// scripts, categories, indicators and explanations keep the demo's realistic mix — reposted by other
/// accounts with other phone numbers, at another time within <c>weeks</c> before <c>end</c>, with the
/// price moved by up to ±20 %. Deterministic: the same index always gives the same post.
/// </summary>
public sealed partial class PostVariants(IReadOnlyList<StoredPost> seeds, DateTimeOffset end, int weeks)
{
    public StoredPost Make(int index)
    {
        var rng = new Random(index * 7919 + 17);
        var seed = seeds[rng.Next(seeds.Count)];
        var created = end.AddMinutes(-rng.NextDouble() * weeks * 7 * 24 * 60);
        var factor = 0.8m + (decimal)rng.NextDouble() * 0.4m;
        var analysis = seed.Analysis is { } a
            ? a with
            {
                Confidence = Math.Clamp(a.Confidence + ((rng.NextDouble() - 0.5) / 10), 0, 1),
                Indicators = a.Indicators with
                {
                    Prices = a.Indicators.Prices.Select(p => p with { Amount = Math.Round(p.Amount * factor / 10) * 10 }).ToList(),
                    Phones = a.Indicators.Phones.Select(p => p with { E164 = Pseudonym(rng) }).ToList(),
                },
            }
            : null;
        return seed with
        {
            Key = new PostKey(seed.Key.Platform, "b" + index.ToString(CultureInfo.InvariantCulture)),
            Author = seed.Author is null ? null : "ps_" + (rng.Next(20_000)).ToString("x16", CultureInfo.InvariantCulture),
            Text = Token().Replace(seed.Text, m => m.Groups[1].Value + Pseudonym(rng) + "]"),
            CreatedAt = created,
            CollectedAt = created.AddMinutes(30),
            Url = null,
            Analysis = analysis,
        };
    }

    private static string Pseudonym(Random rng) => "ps_" + rng.NextInt64().ToString("x16", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\[[a-z]+(?::[A-Za-z]{2})?:)ps_[0-9a-f]+\]")]
    private static partial Regex Token();
}
