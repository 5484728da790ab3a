using System.Security.Cryptography;
using Vigil.Analysis.Protection;

namespace Vigil.Analysis.Tests.Protection;

/// <summary>Deterministic test keys: key n is SHA-256 of n, so distinct seeds give distinct keys.</summary>
internal static class Keys
{
    public static PseudonymKey FromSeed(int seed) => PseudonymKey.FromBytes(SHA256.HashData(BitConverter.GetBytes(seed)));

    public static KeyedPseudonymizer Pseudonymizer(int seed = 1) => new(FromSeed(seed));
}
