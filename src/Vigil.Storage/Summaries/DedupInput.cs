using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Storage.Summaries;

/// <summary>
/// A stored post in a flagged category (smuggling offer, documents, recruitment, guidance) as reposted-advert
/// clusters and account networks need it: identity, author pseudonym, language, when it was seen, category, text
/// (for its fingerprint) and the identifiers it published (<see cref="PostFacts.Links"/>). Never a post of
/// another category: people asking for help, NGOs and news are not read for networks at all.
/// </summary>
public sealed record DedupInput(PostKey Key, string? Author, string Lang, DateTimeOffset Seen, Category Category, string Text, IReadOnlyList<string> Links);
