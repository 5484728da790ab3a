namespace Vigil.Core.Protection;

/// <summary>Turns a clear identifier into a keyed pseudonym. Deterministic per key; thread-safe.</summary>
public interface IPseudonymizer
{
    /// <summary>Returns the pseudonym; the clear value never leaves this method.</summary>
    Pseudonym Pseudonymize(IdentifierKind kind, string clearValue);
}
