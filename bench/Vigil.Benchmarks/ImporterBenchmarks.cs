using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Vigil.Ingest.Importers;

namespace Vigil.Benchmarks;

/// <summary>Test data for the importer benchmarks: ~300-character posts in Arabic, Russian and English.</summary>
internal static class ImportData
{
    private static readonly string[] Texts =
    [
        "رحلة من إزمير إلى اليونان بالقارب المطاطي، السعر ٤٥٠٠ يورو للشخص، الأطفال بنصف السعر، الانطلاق كل ليلة حسب الطقس، الضمان موجود عند مكتب الصرافة، للتواصل واتساب أو تيليجرام، لا تتأخروا الأماكن محدودة جداً هذا الأسبوع فقط",
        "Перевозка из Минска в Польшу через лес, группа до десяти человек, цена две тысячи евро, оплата через посредника после прибытия, выезд каждую пятницу вечером, гарантия доставки, пишите в личные сообщения, места ограничены, спешите",
        "Boat from Zuwara to Lampedusa this week, 3000 dollars per person, children half price, departure depends on the weather, guarantee with the hawala office, contact on WhatsApp or Telegram, only a few places left, do not wait too long",
    ];

    public static string Jsonl(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-{count}.jsonl");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            for (var i = 0; i < count; i++)
            {
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = $"p{i}",
                    platform = "telegram",
                    source = $"channel_{i % 50}",
                    author = $"@user_{i % 5000}",
                    text = Texts[i % Texts.Length] + " #" + i,
                    created_at = "2026-11-01T08:30:00Z",
                    lang = (i % 3) switch { 0 => "ar", 1 => "ru", _ => "en" },
                }));
            }
        }

        return path;
    }

    public static string TelegramExport(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-{count}.result.json");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            writer.WriteLine("{\n \"name\": \"Bench Channel\",\n \"type\": \"public_channel\",\n \"id\": 42,\n \"messages\": [");
            for (var i = 0; i < count; i++)
            {
                var message = JsonSerializer.Serialize(new
                {
                    id = i + 1,
                    type = "message",
                    date = "2026-11-01T08:30:00",
                    date_unixtime = "1793521800",
                    from = "Bench Channel",
                    from_id = "channel42",
                    text = Texts[i % Texts.Length],
                    text_entities = new[] { new { type = "plain", text = Texts[i % Texts.Length] } },
                });
                writer.Write("  ");
                writer.Write(message);
                writer.WriteLine(i + 1 < count ? "," : "");
            }

            writer.WriteLine(" ]\n}");
        }

        return path;
    }

    public static string Csv(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-{count}.csv");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            writer.WriteLine("id,thread_id,author,body,timestamp,url");
            for (var i = 0; i < count; i++)
            {
                writer.WriteLine($"{i},{i - i % 10},author_{i % 5000},\"{Texts[i % Texts.Length].Replace("\"", "\"\"", StringComparison.Ordinal)}\",2026-11-01 08:30:00,https://example.org/{i}");
            }
        }

        return path;
    }

    public static async Task<int> CountPostsAsync(string path)
    {
        var posts = 0;
        await foreach (var result in Importers.Open(path).ReadAsync(CancellationToken.None))
        {
            if (result.Post is not null)
            {
                posts++;
            }
        }

        return posts;
    }
}

/// <summary>Throughput and allocations of reading files into posts (no analysis, no store).</summary>
[MemoryDiagnoser]
public class ImporterBenchmarks
{
    public const int Posts = 100_000;

    private string _jsonl = "";
    private string _telegram = "";
    private string _csv = "";

    [GlobalSetup]
    public void Setup()
    {
        _jsonl = ImportData.Jsonl(Posts);
        _telegram = ImportData.TelegramExport(Posts);
        _csv = ImportData.Csv(Posts);
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public Task<int> Jsonl() => ImportData.CountPostsAsync(_jsonl);

    [Benchmark(OperationsPerInvoke = Posts)]
    public Task<int> TelegramExport() => ImportData.CountPostsAsync(_telegram);

    [Benchmark(OperationsPerInvoke = Posts)]
    public Task<int> Csv4Cat() => ImportData.CountPostsAsync(_csv);
}

/// <summary>
/// One pass over 1,000,000 JSONL posts, reporting the process's peak working set: memory must stay flat
/// while streaming (the issue's goal is below 300 MB for the whole import, store included).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ImporterPeakMemoryBenchmarks
{
    private string _jsonl = "";

    [GlobalSetup]
    public void Setup() => _jsonl = ImportData.Jsonl(1_000_000);

    [Benchmark]
    public Task<int> Jsonl1M() => ImportData.CountPostsAsync(_jsonl);

    [GlobalCleanup]
    public void Report()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set after reading 1,000,000 JSONL posts: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
