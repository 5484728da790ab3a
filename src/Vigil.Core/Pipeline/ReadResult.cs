using Vigil.Core.Posts;

namespace Vigil.Core.Pipeline;

/// <summary>One item read from a source: a post, or the rejection of a record that could not be read.</summary>
public sealed record ReadResult
{
    private ReadResult(Post? post, Rejection? rejection)
    {
        Post = post;
        Rejection = rejection;
    }

    public Post? Post { get; }
    public Rejection? Rejection { get; }

    public static ReadResult Ok(Post post) => new(post, null);
    public static ReadResult Rejected(Rejection rejection) => new(null, rejection);
}
