using Vigil.Analysis;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Core.Pipeline;
using Vigil.Ingest.Importers;
using Vigil.Ingest.Pipeline;
using Vigil.Storage.Sqlite;

namespace Vigil.Testing;

/// <summary>
/// A real SQLite store holding the bundled demo corpus (<c>data/demo/</c>), imported through the real
/// pipeline: shipped analyzers on the clear text, strategic pseudonymisation with a fresh key, minimisation
/// (unrelated posts counted, not stored), then the store.
/// For tests of what reads a store (reports, dashboards) without going through the CLI.
/// </summary>
public static class DemoStores
{
    /// <summary>Imports every demo file into <c>demo.db</c> in a fresh temporary folder and returns the store's path.</summary>
    public static async Task<string> ImportAsync(CancellationToken cancellationToken = default)
    {
        var folder = TestPaths.TempDir("vigil-demo-store");
        var path = Path.Combine(folder, "demo.db");
        await using var store = await SqlitePostStore.OpenAsync(path, cancellationToken: cancellationToken);
        await using var quarantine = new QuarantineFile(Path.Combine(folder, "demo.quarantine.jsonl"));
        var protector = new PostProtector(new KeyedPseudonymizer(PseudonymKey.Generate()), new IdentifierLocator());
        // As `vigil import` does by default: unrelated posts are counted, not stored.
        var runner = new IngestRunner(AnalyzerComposition.Create(), protector, new MinimisingSink(store, store), quarantine);
        var files = Directory.EnumerateFiles(TestPaths.Data("demo"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            await runner.RunAsync(Importers.Open(file, new ImportOptions { Clock = Clocks.At() }), null, cancellationToken);
        }

        return path;
    }
}
