using BenchmarkDotNet.Attributes;
using Vigil.Analysis.Language;

namespace Vigil.Benchmarks;

/// <summary>
/// <see cref="LanguageIdentifier.Identify"/> on ~300-character posts: Latin script (the largest
/// candidate set, scored statistically), Arabic script (letter rules, then statistics) and Cyrillic.
/// </summary>
[MemoryDiagnoser]
public class LanguageIdBenchmarks
{
    private const string Latin =
        "Safe trip from Libya to Italy by big boat, 100% guaranteed, price 3000$ per person, call or WhatsApp now, places limited. " +
        "We leave every week from the coast near Zuwara, families welcome, food and water on board, pay half before and half after arrival ✅";

    private const string Arabic =
        "رحلات مضمونة من إزمير إلى اليونان كل أسبوع، السعر 4500 يورو للشخص، الدفع عند الوصول. للتواصل واتساب فقط، " +
        "العائلات مرحب بها والأماكن محدودة، القارب كبير وآمن والسائق صاحب خبرة طويلة في البحر، لا تفوت الفرصة واحجز مكانك اليوم";

    private const string Cyrillic =
        "Помогаем с переездом в Европу: документы, визы, билеты, жильё на первое время. Цена договорная, оплата после прибытия. " +
        "Пишите в Телеграм, отвечаем быстро. Опыт работы больше десяти лет, сотни довольных клиентов, гарантия результата.";

    private readonly LanguageIdentifier identifier = LanguageIdentifier.Default;

    [Benchmark]
    public string IdentifyLatin() => identifier.Identify(Latin).Code;

    [Benchmark]
    public string IdentifyArabic() => identifier.Identify(Arabic).Code;

    [Benchmark]
    public string IdentifyCyrillic() => identifier.Identify(Cyrillic).Code;
}
