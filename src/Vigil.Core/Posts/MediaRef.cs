namespace Vigil.Core.Posts;

/// <summary>A reference to media attached to a post (never the media itself).</summary>
/// <param name="Kind">photo, video, document, audio, link, other.</param>
/// <param name="Url">Where the platform serves it, when known.</param>
public sealed record MediaRef(string Kind, string? Url = null);
