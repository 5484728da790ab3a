using Vigil.Core.Analysis;

namespace Vigil.Analysis.Classification.Training;

/// <summary>
/// One labelled post of the training corpus (<c>data/corpus/*.jsonl</c>) or an analyst's correction.
/// <paramref name="Split"/> is <c>train</c>, <c>dev</c> or <c>test</c>, assigned by source so near-copies stay together.
/// </summary>
/// <remarks>Corpus posts are written for the project and carry no real person's data; corrections come from
/// the store, where identifiers are already pseudonymised in strategic mode.</remarks>
public sealed record CorpusPost(string Id, string Text, string Lang, Category Category, string Source, string Platform, string Split);
