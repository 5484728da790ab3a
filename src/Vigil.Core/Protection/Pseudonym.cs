namespace Vigil.Core.Protection;

/// <summary>
/// A keyed pseudonym such as <c>ps_3f9a1c2b7d4e5a60</c>. It links the occurrences of one identifier under
/// one installation key without revealing it; without the key it cannot be reversed or recomputed.
/// </summary>
public readonly record struct Pseudonym(string Value)
{
    public override string ToString() => Value;
}
