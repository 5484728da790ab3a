using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigil.Analysis.Language;
using Vigil.LangIdBench;

// Usage:
//   accuracy [--data DIR] [--no-peer] [--limit N] [--markdown FILE]   per language and length, Vigil beside the Lingua peer
//   run --engine vigil|lingua --input FILE                           identify every line of FILE (for /usr/bin/time -v)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var mode = args.FirstOrDefault() ?? "accuracy";
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var data = Arg("--data", Path.Combine("tests", "langid-testdata"));
if (mode == "run")
{
    var input = Arg("--input", "");
    var lines = File.ReadAllLines(input);
    var watch = Stopwatch.StartNew();
    IEngine engine = Arg("--engine", "vigil") == "lingua"
        ? new LinguaEngine(LanguageIdentifier.Default.Model.Codes)
        : new VigilEngine();
    var counts = new Dictionary<string, int>();
    foreach (var line in lines)
    {
        var code = engine.Identify(line);
        counts[code] = counts.GetValueOrDefault(code) + 1;
    }

    Console.WriteLine($"{engine.Name}: {lines.Length} lines in {watch.Elapsed.TotalSeconds:F2} s (including model load); top: {string.Join(", ", counts.OrderByDescending(c => c.Value).Take(5).Select(c => $"{c.Key} {c.Value}"))}");
    return 0;
}

if (!Directory.Exists(data))
{
    Console.Error.WriteLine($"Benchmark data '{data}' not found; run from the repository root or pass --data.");
    return 2;
}

var limit = int.Parse(Arg("--limit", "1000"), CultureInfo.InvariantCulture);
var peer = !args.Contains("--no-peer");
var lengths = new[] { ("sentences", "sentences"), ("word-pairs", "word pairs"), ("single-words", "single words") };
var languages = Directory.GetDirectories(data).Select(Path.GetFileName).Where(c => Codes.EnglishName.ContainsKey(c!)).Order().ToArray();
var vigil = new VigilEngine();
var lingua = peer ? new LinguaEngine(LanguageIdentifier.Default.Model.Codes) : null;
var published = lengths.ToDictionary(l => l.Item1, l => Published.Read(Path.Combine(data, $"{l.Item1}-accuracy-values.csv")));

var results = new List<Row>();
var vigilTime = TimeSpan.Zero;
var linguaTime = TimeSpan.Zero;
foreach (var code in languages)
{
    foreach (var (file, label) in lengths)
    {
        var lines = File.ReadLines(Path.Combine(data, code!, file + ".txt")).Where(l => l.Length > 0).Take(limit).ToArray();
        var watch = Stopwatch.StartNew();
        var vigilOk = lines.Count(l => vigil.Identify(l) == code);
        vigilTime += watch.Elapsed;
        double? linguaAcc = null;
        if (lingua is not null)
        {
            watch.Restart();
            linguaAcc = 100.0 * lines.Count(l => lingua.Identify(l) == code) / lines.Length;
            linguaTime += watch.Elapsed;
        }

        var p = published[file].GetValueOrDefault(Codes.EnglishName[code!]);
        results.Add(new Row(code!, label, lines.Length, 100.0 * vigilOk / lines.Length, linguaAcc, p));
        Console.Error.WriteLine($"{code} {label}: Vigil {results[^1].Vigil:F1} %  Lingua peer {linguaAcc:F1} %");
    }
}

var md = new StringBuilder();
md.AppendLine(CultureInfo.InvariantCulture, $"Languages: {languages.Length}; lines per file: up to {limit}; Lingua peer candidates: {lingua?.Languages.ToString(CultureInfo.InvariantCulture) ?? "-"} languages (high-accuracy mode); Vigil candidates: its {LanguageIdentifier.Default.Model.Codes.Count} model labels.");
md.AppendLine(CultureInfo.InvariantCulture, $"Identification time inside this run: Vigil {vigilTime.TotalSeconds:F1} s, Lingua peer {linguaTime.TotalSeconds:F1} s (first calls include lazy model loading).");
md.AppendLine();
md.AppendLine("| language | length | Vigil | Lingua peer (same run) | Lingua high (published) | Lingua low (published) | CLD2 | Whatlang |");
md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    md.AppendLine(CultureInfo.InvariantCulture, $"| {Codes.EnglishName[r.Code]} ({r.Code}) | {r.Length} | {r.Vigil:F1} | {F(r.Lingua)} | {F(r.Published?.High)} | {F(r.Published?.Low)} | {F(r.Published?.Cld2)} | {F(r.Published?.Whatlang)} |");
}

md.AppendLine();
md.AppendLine("Averages (unweighted over languages):");
md.AppendLine();
md.AppendLine("| set | length | Vigil | Lingua peer | Lingua high (published) | CLD2 | Whatlang |");
md.AppendLine("|---|---|---:|---:|---:|---:|---:|");
foreach (var (set, filter) in new (string, Func<Row, bool>)[] { ("all " + languages.Length, _ => true), ("route languages", r => Codes.Route.Contains(r.Code)) })
{
    foreach (var (_, label) in lengths)
    {
        var rows = results.Where(r => r.Length == label && filter(r)).ToArray();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {set} ({rows.Length}) | {label} | {rows.Average(r => r.Vigil):F1} | {F(rows.All(r => r.Lingua.HasValue) ? rows.Average(r => r.Lingua!.Value) : null)} | {F(Avg(rows, r => r.Published?.High))} | {F(Avg(rows, r => r.Published?.Cld2))} | {F(Avg(rows, r => r.Published?.Whatlang))} |");
    }
}

var output = Arg("--markdown", "");
if (output.Length > 0)
{
    File.WriteAllText(output, md.ToString());
}

Console.WriteLine(md);
return 0;

static string F(double? v) => v.HasValue && !double.IsNaN(v.Value) ? v.Value.ToString("F1", CultureInfo.InvariantCulture) : "–";

static double? Avg(Row[] rows, Func<Row, double?> pick)
{
    var values = rows.Select(pick).Where(v => v.HasValue && !double.IsNaN(v.Value)).Select(v => v!.Value).ToArray();
    return values.Length == rows.Length && values.Length > 0 ? values.Average() : null;
}

internal sealed record Row(string Code, string Length, int Lines, double Vigil, double? Lingua, Published? Published);

internal sealed record Published(double High, double Low, double Cld2, double Whatlang)
{
    public static Dictionary<string, Published> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        double Val(string[] cells, string name) =>
            Col(name) is var i && i >= 0 && double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
        return lines.Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => new Published(Val(c, "lingua-high-accuracy"), Val(c, "lingua-low-accuracy"), Val(c, "cld2"), Val(c, "whatlang")));
    }
}
