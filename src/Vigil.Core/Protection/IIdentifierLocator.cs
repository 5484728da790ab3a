namespace Vigil.Core.Protection;

/// <summary>Finds personal identifiers (phones, handles, e-mails) in free text. Pure and thread-safe.</summary>
public interface IIdentifierLocator
{
    /// <summary>Non-overlapping spans, ordered by start.</summary>
    IReadOnlyList<IdentifierSpan> Locate(string text);
}
