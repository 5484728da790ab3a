using System.Buffers;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Language;

/// <summary>
/// Vigil's language identifier. Letters decide first: a script used by one language settles it
/// (Georgian, Armenian, Greek, Hebrew, Bengali, Gurmukhi, Devanagari, Han, ...); in Arabic script the
/// letters of Pashto, Sorani and Urdu settle those, and Persian-family or Arabic-only letters narrow the
/// candidates. Statistics decide the rest: a character n-gram model (<see cref="NgramModel"/>) over the
/// languages written in the text's main script. Arabizi and Finglish (Arabic and Persian in Latin
/// letters) are model labels <c>ar-Latn</c> and <c>fa-Latn</c>, reported as <c>ar</c>/<c>fa</c> with
/// <see cref="LanguageGuess.Romanized"/> set; Roman Urdu likewise (<c>ur-Latn</c>). Persian with Afghan vocabulary is reported as Dari (<c>prs</c>).
/// </summary>
/// <remarks>
/// Thread-safe and allocation-free per call for texts up to <see cref="TextFeatures.MaxChars"/>
/// characters (longer texts are judged by their beginning). Reads only the text it is given; it keeps
/// nothing, so no personal data outlives the call.
/// </remarks>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    private const string ArabiziLabel = "ar-Latn";
    private const string FinglishLabel = "fa-Latn";
    private const string RomanUrduLabel = "ur-Latn";
    private const float HintBonus = 2f;
    private const float ArabiziDigitBonus = 8f;

    /// <summary>
    /// Once the leader is this many nats ahead of the runner-up (150 nats: naive Bayes over overlapping n-grams is overconfident, and on the 9,085 labelled posts of data/corpus no decision changed at this margin, while at 30 nats 153 did), the rest of a long
    /// post is not read: it practically never changes the answer and it is most of the cost.
    /// </summary>
    public const float DefaultStopMargin = 150f;

    private static readonly Lazy<LanguageIdentifier> Shared = new(() => new LanguageIdentifier(EmbeddedModel.Load()));

    private readonly NgramModel model;
    private readonly byte[][] candidatesByScript;
    private readonly int ar, fa, ur, ps, ckb, arabizi;
    private readonly float stopMargin;

    /// <summary>Creates an identifier over a trained model.</summary>
    /// <param name="model">The n-gram model.</param>
    /// <param name="stopMargin">Lead in nats after which the rest of a long text is not read
    /// (<see cref="float.PositiveInfinity"/>: always read everything, up to <see cref="TextFeatures.MaxChars"/>).</param>
    public LanguageIdentifier(NgramModel model, float stopMargin = DefaultStopMargin)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.model = model;
        this.stopMargin = stopMargin;
        candidatesByScript = new byte[WritingSystems.Count][];
        for (var s = 0; s < WritingSystems.Count; s++)
        {
            candidatesByScript[s] = [.. Enumerable.Range(0, model.Codes.Count).Where(l => (model.ScriptMasks[l] & (1u << s)) != 0).Select(l => (byte)l)];
        }

        ar = IndexOf("ar");
        fa = IndexOf("fa");
        ur = IndexOf("ur");
        ps = IndexOf("ps");
        ckb = IndexOf("ckb");
        arabizi = IndexOf(ArabiziLabel);
    }

    /// <summary>The identifier over the model shipped inside this assembly (loaded once, on first use).</summary>
    public static LanguageIdentifier Default => Shared.Value;

    /// <summary>The model this identifier scores with.</summary>
    public NgramModel Model => model;

    /// <inheritdoc />
    public LanguageGuess Identify(string text, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.IsNormalized())
        {
            text = text.Normalize(); // the model is trained on NFC text; decomposed accents would look like other letters
        }

        var rented = ArrayPool<char>.Shared.Rent(TextFeatures.MaxChars + 2);
        try
        {
            return Identify(text.AsSpan(), hint, rented);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private LanguageGuess Identify(ReadOnlySpan<char> text, string? hint, char[] buffer)
    {
        Span<int> scripts = stackalloc int[WritingSystems.Count];
        var length = TextFeatures.Normalize(text, buffer, scripts);
        var letters = 0;
        var main = WritingSystem.None;
        for (var s = 1; s < scripts.Length; s++)
        {
            letters += scripts[s];
            if (main == WritingSystem.None || scripts[s] > scripts[(int)main])
            {
                main = (WritingSystem)s;
            }
        }

        if (letters == 0 || scripts[(int)main] == 0)
        {
            return LanguageGuess.Undetermined;
        }

        var share = scripts[(int)main] / (double)letters;
        var candidates = candidatesByScript[(int)main];
        if (candidates.Length == 0)
        {
            var sole = WritingSystems.SoleLanguage(main);
            return sole is null ? LanguageGuess.Undetermined : new LanguageGuess(sole, Math.Round(share, 3));
        }

        if (candidates.Length == 1)
        {
            return Report(candidates[0], share, text);
        }

        Span<bool> allowed = stackalloc bool[model.Codes.Count];
        foreach (var c in candidates)
        {
            allowed[c] = true;
        }

        if (main == WritingSystem.Arabic)
        {
            var decided = ApplyArabicLetters(text, allowed);
            if (decided >= 0)
            {
                return Report(decided, share, text);
            }
        }

        if (scripts[(int)main] < 2)
        {
            return LanguageGuess.Undetermined; // one letter is too thin to tell languages of one script apart
        }

        Span<float> scores = stackalloc float[model.Codes.Count];
        model.Score(buffer.AsSpan(0, length), scores, allowed, stopMargin);
        if (main == WritingSystem.Latin && arabizi >= 0 && allowed[arabizi])
        {
            scores[arabizi] += ArabiziDigitBonus * Math.Min(3, ArabiziDigits.CountWords(text));
        }

        if (hint is not null)
        {
            var h = IndexOf(hint);
            if (h >= 0 && allowed[h])
            {
                scores[h] += HintBonus;
            }
        }

        int best = -1, second = -1;
        for (var l = 0; l < scores.Length; l++)
        {
            if (!allowed[l])
            {
                continue;
            }

            if (best < 0 || scores[l] > scores[best])
            {
                second = best;
                best = l;
            }
            else if (second < 0 || scores[l] > scores[second])
            {
                second = l;
            }
        }

        if (best < 0)
        {
            return LanguageGuess.Undetermined;
        }

        // Posterior of the winner against all allowed candidates (uniform prior).
        double sum = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (allowed[l])
            {
                sum += Math.Exp(scores[l] - scores[best]);
            }
        }

        return Report(best, share / sum, text);
    }

    /// <summary>Narrows <paramref name="allowed"/> by letters; returns a language when letters alone decide, else -1.</summary>
    private int ApplyArabicLetters(ReadOnlySpan<char> text, Span<bool> allowed)
    {
        var e = ArabicScriptLetters.Count(text);
        var specific = Math.Max(e.Pashto, Math.Max(e.Sorani, e.Urdu));
        if (specific > 0)
        {
            // Pashto, Sorani and Urdu each have letters of their own; the most frequent kind wins.
            if (e.Pashto == specific && ps >= 0 && e.Sorani < specific && e.Urdu < specific)
            {
                return ps;
            }

            if (e.Sorani == specific && ckb >= 0 && e.Pashto < specific && e.Urdu < specific)
            {
                return ckb;
            }

            if (e.Urdu == specific && ur >= 0 && e.Pashto < specific && e.Sorani < specific)
            {
                return ur;
            }

            Keep(allowed, e.Pashto == specific ? ps : -1, e.Sorani == specific ? ckb : -1, e.Urdu == specific ? ur : -1);
            return -1;
        }

        if (e.PersianFamily > 0 && e.ArabicOnly == 0 && ar >= 0)
        {
            allowed[ar] = false; // پ چ ژ گ ی ک are not Arabic spelling
        }
        else if (e.StrongArabic > 0 && e.PersianFamily == 0 && ar >= 0)
        {
            return ar; // ة ى إ without any Persian-family letter: Arabic (ي ك alone may be Persian typed on an Arabic keyboard)
        }

        return -1;
    }

    private static void Keep(Span<bool> allowed, int a, int b, int c)
    {
        for (var l = 0; l < allowed.Length; l++)
        {
            allowed[l] &= l == a || l == b || l == c;
        }
    }

    private LanguageGuess Report(int language, double confidence, ReadOnlySpan<char> text)
    {
        var code = model.Codes[language];
        var romanized = false;
        if (code == ArabiziLabel)
        {
            code = "ar";
            romanized = true;
        }
        else if (code == FinglishLabel)
        {
            code = "fa";
            romanized = true;
        }
        else if (code == RomanUrduLabel)
        {
            code = "ur";
            romanized = true;
        }
        else if (language == fa && DariMarkers.Any(text))
        {
            code = "prs";
        }

        return new LanguageGuess(code, Math.Round(Math.Clamp(confidence, 0, 1), 3), romanized);
    }

    private int IndexOf(string code)
    {
        for (var i = 0; i < model.Codes.Count; i++)
        {
            if (string.Equals(model.Codes[i], code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
