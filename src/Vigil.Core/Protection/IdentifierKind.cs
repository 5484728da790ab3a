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
}
