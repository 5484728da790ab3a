using BenchmarkDotNet.Attributes;
using Vigil.Analysis.Classification;
using Vigil.Analysis.Extraction;
using Vigil.Core.Analysis;

namespace Vigil.Benchmarks;

/// <summary>
/// The category classifier on a ~300-character mixed Arabic/English advert: the rules layer alone, and the
/// full classifier (rules + hashed linear model + calibration + explanation), with indicators extracted once
/// in setup. Plus loading the shipped classifier (lexicons and model from the assembly).
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private const string Advert =
        "🚤 رحلات مضمونة من إزمير إلى اليونان كل أسبوع، السعر 4500 يورو للشخص، الدفع عند الوصول. للتواصل واتساب +90 532 123 45 67 " +
        "Safe trip from Libya to Italy by big boat, 100% guaranteed, price 3000$ per person, call or WhatsApp now, places limited ✅";

    private readonly LanguageGuess _lang = new("ar", 0.9);
    private CategoryClassifier _classifier = null!;
    private Indicators _indicators = null!;
    private string _prepared = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = CategoryClassifier.LoadEmbedded();
        _indicators = new IndicatorExtractor().Extract(Advert, _lang).Indicators;
        _prepared = MatchText.Prepare(Advert);
    }

    [Benchmark]
    public int RulesLayer() => _classifier.Rules.Evaluate(_prepared, _indicators).Terms.Count;

    [Benchmark]
    public Category Classify() => _classifier.Classify(Advert, _lang, _indicators).Category;

    [Benchmark]
    public int LoadShipped() => CategoryClassifier.LoadEmbedded().Rules.Lexicon.Entries.Count;
}
