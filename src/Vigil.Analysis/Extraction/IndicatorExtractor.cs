using System.Buffers;
using System.Globalization;
using PhoneNumbers;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Extraction;

/// <summary>
/// <see cref="IIndicatorExtractor"/> for every script Vigil reads: phones and handles
/// (<see cref="ContactExtractor"/>), prices (<see cref="PriceParser"/>), places with their role in the route
/// (gazetteer and from/to/via markers of each language), transport, payment, guarantees and documents
/// (lexicons). It also writes one explanation sentence per finding. Explanations carry no personal data:
/// a phone is shown by its calling code and country only ("phone +90… (TR)"), a handle by its platform.
/// The indicators themselves do hold personal data in clear (phones, handles): callers pseudonymise them
/// before anything is stored. Thread-safe; build one and share it.
/// </summary>
public sealed class IndicatorExtractor(IndicatorLexicon lexicon, ContactExtractor contacts) : IIndicatorExtractor
{
    public IndicatorExtractor()
        : this(IndicatorLexicon.Default, ContactExtractor.Shared)
    {
    }

    public Core.Analysis.Extraction Extract(string text, LanguageGuess language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        if (text.Length == 0)
        {
            return Core.Analysis.Extraction.Empty;
        }

        var buffer = ArrayPool<char>.Shared.Rent((text.Length * 2) + 2);
        try
        {
            var tokens = new List<Token>(Math.Max(8, text.Length / 5));
            TextFolder.Fold(text, buffer, tokens);
            var matches = PhraseMatcher.Match(lexicon, buffer, tokens);
            var matchAt = new PhraseMatch?[tokens.Count];
            foreach (var m in matches)
            {
                for (var k = m.First; k <= m.Last; k++)
                {
                    matchAt[k] = m;
                }
            }


            var lang = Family(language.Code);
            var places = ReadPlaces(buffer, tokens, matches, lang);
            var found = contacts.Find(text, RegionHintsFor(places, language.Code));
            if (found.Handles.Count > 0 && matches.RemoveAll(m => InHandle(tokens[m.First], found.Handles)) > 0)
            {
                // "@put_v_evropu" is an account, not a mention of Europe.
                Array.Clear(matchAt);
                foreach (var m in matches)
                {
                    for (var k = m.First; k <= m.Last; k++)
                    {
                        matchAt[k] = m;
                    }
                }

                places = ReadPlaces(buffer, tokens, matches, lang);
            }

            found = DropPricesReadAsPhones(text, tokens, matchAt, found);
            var prices = PriceParser.Parse(text, buffer, tokens, matchAt, found.Phones);
            var terms = ReadTerms(text, tokens, matches);

            var indicators = new Indicators
            {
                Phones = found.Phones.Select(p => new PhoneIndicator(p.E164, p.Country)).DistinctBy(p => p.E164).ToList(),
                Handles = found.Handles.Select(h => new HandleIndicator(h.Platform, h.Value)).Distinct().ToList(),
                Prices = prices.Distinct().ToList(),
                Places = places.Select(p => p.Indicator).ToList(),
                Transport = terms.Values("transport"),
                Payment = terms.Values("payment"),
                Guarantees = terms.Values("guarantees"),
                Documents = terms.Values("documents"),
            };
            return new Core.Analysis.Extraction(indicators, Explain(indicators, terms));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private sealed record FoundPlace(PlaceIndicator Indicator, int Order);

    private sealed class FoundTerms
    {
        public List<(TermEntry Entry, string Surface)> Items { get; } = [];

        public IReadOnlyList<string> Values(string type)
        {
            List<string>? values = null;
            foreach (var (entry, _) in Items)
            {
                if (entry.Type == type && (values is null || !values.Contains(entry.Value)))
                {
                    (values ??= []).Add(entry.Value);
                }
            }

            return (IReadOnlyList<string>?)values ?? [];
        }
    }

    /// <summary>
    /// "535512.5-536512.5 RUB" can pass as a phone number; a digit run written without "+" or "00" and
    /// followed by a currency is a price.
    /// </summary>
    private static ContactMatches DropPricesReadAsPhones(string text, List<Token> tokens, PhraseMatch?[] matchAt, ContactMatches found)
    {
        if (found.Phones.Count == 0)
        {
            return found;
        }

        List<PhoneMatch>? kept = null;
        foreach (var phone in found.Phones)
        {
            var international = text[phone.Start] == '+' || text.AsSpan(phone.Start).StartsWith("00", StringComparison.Ordinal) || phone.Via is not null;
            var next = tokens.FindIndex(t => t.Start >= phone.Start + phone.Length);
            var priced = !international && next >= 0 && matchAt[next] is { } m && m.First == next
                && m.Info.Price(PriceWordKind.Currency) is not null;
            if (!priced)
            {
                (kept ??= []).Add(phone);
            }
        }

        return kept?.Count == found.Phones.Count ? found : found with { Phones = (IReadOnlyList<PhoneMatch>?)kept ?? [] };
    }

    private static bool InHandle(Token token, IReadOnlyList<HandleMatch> handles)
    {
        foreach (var h in handles)
        {
            if (token.Start < h.Start + h.Length && h.Start < token.End)
            {
                return true;
            }
        }

        return false;
    }

    private static string Family(string code) => code switch
    {
        "prs" => "fa",
        "ku" => "kmr",
        "pes" => "fa",
        "arz" or "apc" or "ary" or "arq" or "acm" or "ajp" => "ar",
        _ => code,
    };

    private static FoundTerms ReadTerms(string text, List<Token> tokens, List<PhraseMatch> matches)
    {
        var terms = new FoundTerms();
        foreach (var m in matches)
        {
            if (m.Info.Terms is not { } entries)
            {
                continue;
            }

            var surface = text[tokens[m.First].Start..tokens[m.Last].End];
            foreach (var e in entries)
            {
                if (!terms.Items.Exists(t => t.Entry.Type == e.Type && t.Entry.Value == e.Value))
                {
                    terms.Items.Add((e, surface));
                }
            }
        }

        return terms;
    }

    private List<FoundPlace> ReadPlaces(char[] folded, List<Token> tokens, List<PhraseMatch> matches, string lang)
    {
        var found = new List<FoundPlace>();
        string? lastRole = null;
        var lastPlaceEnd = -10;
        for (var mi = 0; mi < matches.Count; mi++)
        {
            var m = matches[mi];
            if (m.Info.Places is not { Count: > 0 } candidates)
            {
                continue;
            }

            var place = candidates[0];
            var role = RoleOf(folded, tokens, matches, mi, lang);
            if (role is null && lastRole is not null && m.First - lastPlaceEnd <= 2 && OnlyListBetween(folded, tokens, lastPlaceEnd, m.First))
            {
                role = lastRole; // "from Izmir, Bodrum or Çeşme"
            }

            lastRole = role;
            lastPlaceEnd = m.Last;
            var indicator = new PlaceIndicator(place.Name, place.Country, role ?? "mentioned", place.Lat, place.Lon);
            var existing = found.FindIndex(f => f.Indicator.Name == place.Name);
            if (existing < 0)
            {
                found.Add(new FoundPlace(indicator, found.Count));
            }
            else if (found[existing].Indicator.Role == "mentioned" && role is not null)
            {
                found[existing] = found[existing] with { Indicator = indicator };
            }
            else if (role is not null && found[existing].Indicator.Role != role)
            {
                found.Add(new FoundPlace(indicator, found.Count));
            }
        }

        // "از ایران به ترکیه و از ترکیه به یونان": a place that ends one leg and starts the next is a transit.
        var origins = found.Count(f => f.Indicator.Role == "origin");
        var destinations = found.Count(f => f.Indicator.Role == "destination");
        if (origins > 1 && destinations > 1)
        {
            var legs = found.GroupBy(f => f.Indicator.Name)
                .Where(g => g.Any(f => f.Indicator.Role == "origin") && g.Any(f => f.Indicator.Role == "destination"))
                .Select(g => g.First())
                .ToList();
            foreach (var leg in legs)
            {
                var at = found.IndexOf(leg);
                found.RemoveAll(f => f.Indicator.Name == leg.Indicator.Name);
                found.Insert(Math.Min(at, found.Count), leg with { Indicator = leg.Indicator with { Role = "transit" } });
            }
        }

        return found;
    }

    private static bool OnlyListBetween(char[] folded, List<Token> tokens, int lastEnd, int first)
    {
        if (first - lastEnd == 1)
        {
            return true;
        }

        var t = tokens[lastEnd + 1];
        return t.Kind == TokenKind.Word && folded.AsSpan(t.FoldStart, t.FoldLength) is "و" or "او" or "یا" or "and" or "or" or "ve" or "veya" or "ya" or "или" or "и" or "et" or "ou" or "und" or "oder" or "e" or "o" or "και" or "ή" or "y" or "u" or "an";
    }

    private static string? RoleOf(char[] folded, List<Token> tokens, List<PhraseMatch> matches, int mi, string lang)
    {
        var m = matches[mi];

        // Turkish case ending after an apostrophe ("İzmir'den", "Yunanistan'a") or glued to the name.
        if (m.Last + 1 < tokens.Count && tokens[m.Last + 1] is { Apostrophe: true } suffixToken
            && SuffixRole(folded.AsSpan(suffixToken.FoldStart, suffixToken.FoldLength)) is { } apostropheRole)
        {
            return apostropheRole;
        }

        if (m.Suffix is not null && lang is "tr" or "az" or "und" && SuffixRole(m.Suffix) is { } suffixRole)
        {
            return suffixRole;
        }

        if (m.CliticRole is not null)
        {
            return m.CliticRole;
        }

        // Arrows: "Izmir → Athens", "ليبيا ← إيطاليا" (typed in logical order either way).
        if (m.First > 0 && IsArrow(folded, tokens[m.First - 1]))
        {
            return "destination";
        }

        if (m.Last + 1 < tokens.Count && IsArrow(folded, tokens[m.Last + 1]))
        {
            return "origin";
        }

        // A marker before the place, directly or with one word between ("to the island of Lesbos" is two).
        for (var back = mi - 1; back >= 0 && back >= mi - 2; back--)
        {
            var b = matches[back];
            if (m.First - b.Last > 2)
            {
                break;
            }

            if (b.Info.Places is not null)
            {
                break;
            }

            if (MarkerRole(b, MarkerPosition.Before, lang, folded, tokens) is { } before)
            {
                return before;
            }
        }

        if (mi + 1 < matches.Count && matches[mi + 1] is var a && a.First == m.Last + 1
            && MarkerRole(a, MarkerPosition.After, lang, folded, tokens) is { } after)
        {
            return after;
        }

        return null;
    }

    private static bool IsArrow(char[] folded, Token token) => token.Kind == TokenKind.Symbol && folded[token.FoldStart] == '→';

    private static string? SuffixRole(ReadOnlySpan<char> suffix) => suffix switch
    {
        "dan" or "den" or "tan" or "ten" or "ndan" or "nden" => "origin",
        "a" or "e" or "ya" or "ye" or "na" or "ne" => "destination",
        "dan gecerek" or "uzerinden" => "transit",
        _ => null,
    };

    private static string? MarkerRole(PhraseMatch match, MarkerPosition position, string lang, char[] folded, List<Token> tokens)
    {
        if (match.Info.Markers is not { } markers)
        {
            return null;
        }

        var shortWord = match.Count == 1 && tokens[match.First].FoldLength <= 2;
        foreach (var marker in markers)
        {
            if (marker.Position != position)
            {
                continue;
            }

            // Short markers ("a", "de", "in", "в") only count in their own language; the rest anywhere.
            if (shortWord && lang != "und" && marker.Lang != lang && marker.Lang != "en")
            {
                continue;
            }

            return marker.Role;
        }

        return null;
    }

    private static List<string> RegionHintsFor(List<FoundPlace> places, string languageCode)
    {
        var hints = new List<string>(8);
        foreach (var role in (ReadOnlySpan<string>)["origin", "transit", "mentioned"])
        {
            foreach (var p in places)
            {
                if (p.Indicator.Role == role && p.Indicator.Country is { } c && !hints.Contains(c))
                {
                    hints.Add(c);
                }
            }
        }

        foreach (var r in RegionHints.ForLanguage(languageCode))
        {
            if (!hints.Contains(r))
            {
                hints.Add(r);
            }
        }

        return hints;
    }

    private static List<string> Explain(Indicators indicators, FoundTerms terms)
    {
        var lines = new List<string>();
        foreach (var p in indicators.Phones)
        {
            lines.Add($"phone {CallingCode(p.E164)}… ({p.Country ?? "unknown country"})");
        }

        foreach (var platform in indicators.Handles.Select(h => h.Platform).Distinct())
        {
            var count = indicators.Handles.Count(h => h.Platform == platform);
            lines.Add(count == 1 ? $"contact on {platform}" : $"{count} contacts on {platform}");
        }

        foreach (var price in indicators.Prices)
        {
            lines.Add("price " + PriceFormat.Render(price));
        }

        var origins = Countries(indicators.Places, "origin");
        var transits = Countries(indicators.Places, "transit");
        var destinations = Countries(indicators.Places, "destination");
        if (origins.Count + destinations.Count > 0 && (origins.Count > 0 || transits.Count > 0) && destinations.Count + transits.Count > 0)
        {
            lines.Add("route " + string.Join("→", new[] { string.Join("/", origins), string.Join("/", transits), string.Join("/", destinations) }.Where(s => s.Length > 0)));
        }

        foreach (var place in indicators.Places)
        {
            lines.Add(place.Country is null ? $"place {place.Name} ({place.Role})" : $"place {place.Name} ({place.Country}, {place.Role})");
        }

        foreach (var (entry, surface) in terms.Items)
        {
            var label = entry.Type switch { "guarantees" => "guarantee", "documents" => "document", _ => entry.Type };
            lines.Add($"{label} {entry.Value} ('{surface}', {entry.Lang})");
        }

        return lines;
    }

    private static List<string> Countries(IReadOnlyList<PlaceIndicator> places, string role)
    {
        var list = new List<string>();
        foreach (var p in places)
        {
            var code = p.Country ?? p.Name;
            if (p.Role == role && !list.Contains(code))
            {
                list.Add(code);
            }
        }

        return list;
    }

    /// <summary>"+90" of "+905321234567": country calling codes are prefix-free, so the first that exists is it.</summary>
    private static string CallingCode(string e164)
    {
        var util = PhoneNumberUtil.GetInstance();
        for (var len = 1; len <= 3 && len < e164.Length; len++)
        {
            var code = int.Parse(e164.AsSpan(1, len), CultureInfo.InvariantCulture);
            if (util.GetRegionCodeForCountryCode(code) != "ZZ")
            {
                return e164[..(len + 1)];
            }
        }

        return "+";
    }
}
