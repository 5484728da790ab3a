namespace Vigil.Core.Protection;

/// <summary>Kinds of personal identifiers Vigil pseudonymises. The kind is part of the keyed hash input.</summary>
public enum IdentifierKind
{
    Author,
    AuthorName,
    ProfileUrl,
    Phone,
    Handle,
    Email,

    /// <summary>A post's own URL, which often names its author (x.com/USER/status/…).</summary>
    PostUrl,

    /// <summary>A platform's native post id when it is not a plain opaque id (e.g. an RSS guid that is a URL).</summary>
    NativeId,
}
