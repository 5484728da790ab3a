using System.Runtime.CompilerServices;
using Vigil.Analysis.Extraction;
using Vigil.Analysis.Protection;
using Vigil.Core.Analysis;
using Vigil.Core.Pipeline;
using Vigil.Core.Posts;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Pipeline;

/// <summary>A source over a list of read results; optionally runs an action after yielding item n, or throws there.</summary>
internal sealed class ListSource(string name, IReadOnlyList<ReadResult> items, int actAfter = -1, Action? act = null, bool throwAfter = false) : IPostSource
{
    public string Name => name;

    public async IAsyncEnumerable<ReadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i == actAfter)
            {
                if (throwAfter)
                {
                    throw new IOException("The disk went away.");
                }

                act?.Invoke();
            }

            yield return items[i];
            if (i % 256 == 0)
            {
                await Task.Yield();
            }
        }
    }

    public static ListSource Posts(int count, string name = "test.jsonl") =>
        new(name, Enumerable.Range(0, count).Select(i => ReadResult.Ok(Some.Post(text: $"post number {i} boat to Greece", nativeId: i.ToString()))).ToArray());
}

/// <summary>Wraps a sink and refuses posts matching a predicate, the way a store refuses what it cannot write.</summary>
internal sealed class RefusingSink(IPostSink inner, Func<StoredPost, bool> refuse) : IPostSink
{
    public ValueTask<WriteCounts> WriteAsync(IReadOnlyList<StoredPost> batch, CancellationToken cancellationToken) =>
        batch.Any(refuse) ? throw new InvalidOperationException("constraint failed") : inner.WriteAsync(batch, cancellationToken);
}

/// <summary>An analyzer that fails on texts containing a marker (a bug stand-in) and otherwise reports the hint.</summary>
internal sealed class FailingAnalyzer(string marker) : IPostAnalyzer
{
    public PostAnalysis Analyze(string text, string? langHint = null) =>
        text.Contains(marker, StringComparison.Ordinal)
            ? throw new FormatException($"cannot analyse '{text}'")
            : new PostAnalysis { Language = new LanguageGuess(langHint ?? "und", 0.5) };
}

internal static class Protectors
{
    public static PostProtector Real(int seed = 1) =>
        new(new KeyedPseudonymizer(PseudonymKey.FromBytes(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed)))), new IdentifierLocator());
}
