using Vigil.Analysis.Contract;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Contract;

public sealed class AnalyzeContractTests
{
    [Fact]
    public void AnalyzeAll_FillsEveryResultIndexForIndex_OnAtMostOneThreadPerCore()
    {
        var analyzer = new CountingAnalyzer();
        var inputs = Enumerable.Range(0, 200).Select(i => new AnalyzeInput($"\"{i}\"", $"post {i}", null)).ToArray();
        var results = new PostAnalysis[inputs.Length];

        AnalyzeContract.AnalyzeAll(analyzer, inputs, inputs.Length, results, CancellationToken.None);

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal($"post {x.i}", Assert.Single(x.r.Explanation)));
        Assert.InRange(analyzer.MostAtOnce, 1, Environment.ProcessorCount);
    }

    private sealed class CountingAnalyzer : IPostAnalyzer
    {
        private int _running;
        private int _most;

        public int MostAtOnce => _most;

        public PostAnalysis Analyze(string text, string? langHint = null)
        {
            var now = Interlocked.Increment(ref _running);
            int seen;
            while (now > (seen = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, now, seen) != seen)
            {
            }

            Thread.Sleep(1);
            Interlocked.Decrement(ref _running);
            return new PostAnalysis { Language = LanguageGuess.Undetermined, Explanation = [text] };
        }
    }
}
