namespace Vigil.Core.Posts;

/// <summary>
/// The identity of a post: its platform and the platform's own id for it. Two imports of the same
/// post yield the same key, which is what makes re-importing a file idempotent.
/// </summary>
public readonly record struct PostKey(string Platform, string NativeId)
{
    public override string ToString() => $"{Platform}:{NativeId}";
}
