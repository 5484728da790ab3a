using Vigil.Core.Posts;

namespace Vigil.Ingest.Importers;

/// <summary>The outcome of mapping one platform record: a post, a reason it cannot be a post, or a deliberate skip.</summary>
public readonly record struct Mapped
{
    public Post? Post { get; private init; }

    /// <summary>Why the record could not be read; a sentence that quotes no record content.</summary>
    public string? Error { get; private init; }

    /// <summary>Why the record was skipped on purpose (e.g. a Telegram service message); not an error.</summary>
    public string? Skipped { get; private init; }

    public static Mapped Ok(Post post) => new() { Post = post };
    public static Mapped Fail(string error) => new() { Error = error };
    public static Mapped Skip(string what) => new() { Skipped = what };
}
