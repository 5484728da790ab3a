using System.Runtime.Intrinsics;

namespace Vigil.Analysis.Classification;

/// <summary>
/// Widens eight half-precision numbers (their IEEE 754 binary16 bits) to single precision at once, giving
/// exactly the value of <c>(float)(Half)</c> for each: normal numbers by moving exponent and significand,
/// subnormals and zeros as significand × 2⁻²⁴ (exact in single precision), infinities and NaNs as .NET
/// converts them (a NaN comes out quiet, with its payload). Lets a weight table be kept at 2 bytes a value.
/// </summary>
public static class HalfVector
{
    private const uint SignBit = 0x8000;
    private const uint ExponentMask = 0x7C00;
    private const uint ExponentBias = (127 - 15) << 23;

    public static Vector256<float> ToSingle(Vector128<ushort> halves)
    {
        var (low, high) = Vector128.Widen(halves);
        var bits = Vector256.Create(low, high);
        var sign = (bits & Vector256.Create(SignBit)) << 16;
        var magnitude = bits & Vector256.Create(0x7FFFu);
        var exponent = magnitude & Vector256.Create(ExponentMask);

        var normal = (magnitude << 13) + Vector256.Create(ExponentBias);
        var subnormal = (Vector256.ConvertToSingle(magnitude.AsInt32()) * Vector256.Create(1f / (1 << 24))).AsUInt32();
        var significand = magnitude & Vector256.Create(0x3FFu);
        var quiet = ~Vector256.Equals(significand, Vector256<uint>.Zero) & Vector256.Create(0x00400000u);
        var special = Vector256.Create(0x7F800000u) | (significand << 13) | quiet;

        var value = Vector256.ConditionalSelect(
            Vector256.Equals(exponent, Vector256<uint>.Zero),
            subnormal,
            Vector256.ConditionalSelect(Vector256.Equals(exponent, Vector256.Create(ExponentMask)), special, normal));
        return (value | sign).AsSingle();
    }
}
