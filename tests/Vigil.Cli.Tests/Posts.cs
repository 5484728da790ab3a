namespace Vigil.Cli.Tests;

/// <summary>
/// A small JSONL input (Vigil schema) with known clear identifiers: author handles, display names,
/// profile URLs and phone numbers in ASCII, Arabic-Indic and Persian digits.
/// </summary>
internal static class Posts
{
    public const string Jsonl = """
        {"id":"1","platform":"telegram","source":"sea_trips","author":"@kaptan_murat77","author_name":"Murat Kaptan","author_url":"https://t.me/kaptan_murat77","url":"https://t.me/kaptan_murat77/1","lang":"ar","created_at":"2026-11-01T08:30:00Z","text":"رحلة بحرية آمنة من إزمير إلى اليونان، اتصل +90 532 123 45 67 أو @kaptan_murat77"}
        {"id":"2","platform":"telegram","source":"sea_trips","author":"@reza_safar_88","author_name":"Reza Safar","lang":"fa","created_at":"2026-11-02T10:00:00Z","text":"قایق از ترکیه به یونان، تماس ۰۹۱۲ ۳۴۵ ۶۷۸۹ واتساپ"}
        {"id":"3","platform":"vk","source":"perevozki","author":"ivan_perevoz","author_name":"Иван Перевозчиков","lang":"ru","created_at":"2026-11-02T12:00:00Z","text":"Лодка в Италию, звоните +7 912 345-67-89, телеграм @ivan_perevoz_bot"}
        {"id":"4","platform":"telegram","source":"sea_trips","author":"@abu_khalil_sy","lang":"ar","created_at":"2026-11-03T09:00:00Z","text":"مهرب موثوق، واتساب ٠٠٩٠٥٣٢٩٨٧٦٥٤٣ الدفع عند الوصول"}
        {"id":"5","platform":"mastodon","source":"news","author":"reporter@example.social","lang":"en","created_at":"2026-11-03T11:00:00Z","text":"Coast guard rescued 40 people off Lesbos; UNHCR calls for safe routes."}
        """;

    /// <summary>Clear identifiers of the posts above, as they may appear in any form.</summary>
    public static readonly string[] ClearIdentifiers =
    [
        "kaptan_murat77", "Murat Kaptan", "reza_safar_88", "Reza Safar", "ivan_perevoz", "Иван Перевозчиков", "Перевозчиков",
        "abu_khalil_sy", "reporter@example.social",
        "5321234567", "532 123 45 67", "+905321234567",
        "۰۹۱۲ ۳۴۵ ۶۷۸۹", "۳۴۵ ۶۷۸۹", "9123456789", "+989123456789",
        "912 345-67-89", "+79123456789",
        "٠٠٩٠٥٣٢٩٨٧٦٥٤٣", "٥٣٢٩٨٧٦٥٤٣", "5329876543", "+905329876543",
    ];
}
