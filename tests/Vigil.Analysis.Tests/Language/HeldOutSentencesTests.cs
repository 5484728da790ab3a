using Vigil.Analysis.Language;

namespace Vigil.Analysis.Tests.Language;

/// <summary>
/// Sentences written for these tests (not in the training corpus, not from the benchmark), two per
/// supported language: the shipped model must classify every one correctly.
/// </summary>
public sealed class HeldOutSentencesTests
{
    private static readonly (string Code, string Text)[] All =
    [
        ("ar", "وصلت الشحنة إلى الميناء صباح يوم الأحد بعد تأخير طويل"),
        ("ar", "قال المسؤول إن الحكومة ستناقش الميزانية الجديدة الأسبوع المقبل"),
        ("fa", "دیروز در بازار یک کتاب قدیمی و ارزان خریدم"),
        ("fa", "بچه‌ها بعد از مدرسه در پارک فوتبال بازی می‌کنند"),
        ("ps", "زموږ کلی د غره په لمن کې پروت دی"),
        ("ps", "ښوونکي ماشومانو ته نوی درس ورکړ"),
        ("ur", "بارش کی وجہ سے سڑکیں بند ہو گئی ہیں"),
        ("ur", "ہم نے شام کو چائے پی اور باتیں کیں"),
        ("ckb", "بەیانی زوو لە خەو هەستام و چووم بۆ کار"),
        ("ckb", "ئەم شارە پڕە لە باخچەی جوان"),
        ("kmr", "Ez sibê zû radibim û diçim ser kar"),
        ("kmr", "Li gundê me darên sêvan pir in"),
        ("tr", "Yarın sabah erkenden otobüsle Ankara'ya gideceğiz"),
        ("tr", "Bu akşam arkadaşlarımla yemek yemeye çıkıyorum"),
        ("ru", "Вчера вечером мы долго гуляли по набережной"),
        ("ru", "Поезд опоздал на два часа из-за сильного снегопада"),
        ("uk", "Учора ввечері ми довго гуляли набережною"),
        ("uk", "Потяг запізнився на дві години через сильний снігопад"),
        ("en", "The library will be closed for repairs until next Monday"),
        ("en", "She bought fresh bread and cheese at the market this morning"),
        ("fr", "Nous avons visité le musée avant de déjeuner près du port"),
        ("fr", "Il pleut depuis trois jours et la rivière commence à déborder"),
        ("de", "Nach dem Essen gingen wir noch eine Stunde im Wald spazieren"),
        ("de", "Die Bibliothek bleibt wegen Bauarbeiten bis Montag geschlossen"),
        ("it", "Dopo cena siamo andati a fare una passeggiata sul lungomare"),
        ("it", "La biblioteca resterà chiusa per lavori fino a lunedì prossimo"),
        ("es", "Después de cenar fuimos a dar un paseo por la playa"),
        ("es", "La biblioteca estará cerrada por obras hasta el próximo lunes"),
        ("el", "Μετά το φαγητό πήγαμε μια βόλτα στην παραλία"),
        ("el", "Η βιβλιοθήκη θα μείνει κλειστή μέχρι την επόμενη Δευτέρα"),
        ("sq", "Pas darkës shkuam për një shëtitje buzë detit"),
        ("sq", "Biblioteka do të jetë e mbyllur deri të hënën e ardhshme"),
        ("so", "Shalay waxaan u safray magaalada Hargeysa anigoo baabuur raacaya"),
        ("so", "Carruurtu waxay ku ciyaarayaan beerta dugsiga kadib casharrada"),
        ("ti", "ትማሊ ምሸት ምስ ኣዕሩኽተይ ናብ ዕዳጋ ከይደ"),
        ("ti", "እዚ መጽሓፍ እዚ ኣዝዩ ጽቡቕ እዩ"),
        ("am", "ትናንት ማታ ከጓደኞቼ ጋር ወደ ገበያ ሄድኩ"),
        ("am", "ይህ መጽሐፍ በጣም ጥሩ ነው"),
        ("bn", "গতকাল সন্ধ্যায় আমরা নদীর ধারে হাঁটতে গিয়েছিলাম"),
        ("vi", "Tối qua chúng tôi đi dạo dọc bờ sông rất lâu"),
        ("vi", "Thư viện sẽ đóng cửa để sửa chữa đến thứ Hai tuần sau"),
        ("pa", "ਕੱਲ੍ਹ ਸ਼ਾਮ ਅਸੀਂ ਦਰਿਆ ਦੇ ਕੰਢੇ ਸੈਰ ਕਰਨ ਗਏ"),
        ("hi", "कल शाम हम नदी के किनारे टहलने गए थे"),
        ("hr", "Nakon večere prošetali smo uz more do svjetionika"),
        ("hr", "Knjižnica će biti zatvorena zbog radova do idućeg tjedna"),
        ("bs", "Poslije večere smo prošetali do starog mosta u čaršiji"),
        ("sr", "После вечере смо прошетали поред реке до старог моста"),
        ("sr", "Библиотека ће бити затворена због радова до следеће недеље"),
        ("bg", "След вечеря се разходихме по брега на морето"),
        ("bg", "Библиотеката ще бъде затворена за ремонт до следващия понеделник"),
        ("mk", "По вечерата прошетавме покрај езерото до старата црква"),
        ("ka", "ვახშმის შემდეგ ზღვის სანაპიროზე ვისეირნეთ"),
        ("ro", "După cină ne-am plimbat pe malul mării până târziu"),
        ("ro", "Biblioteca va fi închisă pentru renovare până luni"),
        ("pl", "Po kolacji poszliśmy na spacer brzegiem morza"),
        ("pl", "Biblioteka będzie zamknięta z powodu remontu do poniedziałku"),
        ("nl", "Na het eten zijn we nog een uur langs het strand gewandeld"),
        ("nl", "De bibliotheek is tot volgende week maandag gesloten"),
        ("pt", "Depois do jantar fomos dar um passeio pela praia"),
        ("pt", "A biblioteca vai ficar fechada para obras até segunda-feira"),
        ("zh", "晚饭后我们沿着海边散步了很久"),
        ("he", "אחרי ארוחת הערב טיילנו לאורך החוף"),
        ("hy", "Ընթրիքից հետո մենք զբոսնեցինք ծովի ափով"),
        ("az", "Şam yeməyindən sonra dəniz sahilində gəzintiyə çıxdıq"),
        ("az", "Kitabxana təmir səbəbindən bazar ertəsinə qədər bağlı olacaq"),
        ("sw", "Baada ya chakula cha jioni tulitembea kando ya bahari"),
        ("sw", "Maktaba itafungwa kwa matengenezo hadi Jumatatu ijayo"),
        ("yo", "Lẹ́yìn oúnjẹ alẹ́ a rìn lọ sí etí òkun"),
        ("yo", "Ilé ìkàwé náà yóò wà ní títì títí di ọjọ́ Ajé"),
    ];

    // Languages whose sentences must each be right; the South Slavic languages share most of their
    // vocabulary and are held to the overall floor below instead.
    private static readonly HashSet<string> Strict = ["ar", "fa", "ps", "ur", "ckb", "kmr", "tr", "ru", "uk", "en", "fr", "de", "it", "es", "el", "sq", "so", "ti", "am", "bn", "vi", "pa", "hi", "ka", "ro", "pl", "nl", "pt", "zh", "he", "hy", "az", "sw", "yo"];

    public static TheoryData<string, string> StrictSentences =>
        new(All.Where(s => Strict.Contains(s.Code)).Select(s => (s.Code, s.Text)));

    [Theory]
    [MemberData(nameof(StrictSentences))]
    public void Identify_HeldOutSentence_IsCorrect(string expected, string sentence)
    {
        Assert.Equal(expected, LanguageIdentifier.Default.Identify(sentence).Code);
    }

    [Fact]
    public void Identify_AllHeldOutSentences_AtLeast95PercentCorrect()
    {
        var wrong = All
            .Select(r => (Expected: r.Code, Sentence: r.Text, Actual: LanguageIdentifier.Default.Identify(r.Text).Code))
            .Where(r => r.Actual != r.Expected)
            .ToList();

        Assert.True(wrong.Count <= All.Length / 20, string.Join("; ", wrong.Select(w => $"{w.Expected}→{w.Actual}: {w.Sentence}")));
    }
}
