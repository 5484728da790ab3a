using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Vigil.Analysis.Classification;

/// <summary>
/// Widens eight half-precision numbers (their IEEE 754 binary16 bits) to single precision at once, giving
/// exactly the value of <c>(float)(Half)</c> for each (zeros, subnormals, normals, infinities, and NaNs made quiet
/// with their payload, as .NET converts them; an exhaustive test compares all 65,536). Lets a weight table be kept
/// at 2 bytes a value.
/// </summary>
public static class HalfVector
{
    private const uint SignBit = 0x8000;
    private const uint InfinityShifted = 0x7C00u << 13;
    private const float Rebias = 5.192296858534828e+33f; // 2^112 = 2^(127 - 15)

    // Inlined into the scoring loop: as a call it passed and returned the vectors through memory.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ToSingle(Vector128<ushort> halves)
    {
        var (low, high) = Vector128.Widen(halves);
        var bits = Vector256.Create(low, high);
        var sign = (bits & Vector256.Create(SignBit)) << 16;
        var shifted = (bits & Vector256.Create(0x7FFFu)) << 13;

        // Exponent and significand moved into place and rebiased by one exact multiplication by 2^112: a half
        // normal becomes the float normal of the same value, a half subnormal (a float subnormal once shifted)
        // too. Infinities and NaNs (half exponent 31) get the float exponent 255 instead, NaNs made quiet.
        var finite = (shifted.AsSingle() * Vector256.Create(Rebias)).AsUInt32();
        var special = shifted | Vector256.Create(0x70000000u);
        var quiet = Vector256.GreaterThan(shifted, Vector256.Create(InfinityShifted)) & Vector256.Create(0x00400000u);
        var isSpecial = Vector256.GreaterThanOrEqual(shifted, Vector256.Create(InfinityShifted));
        return (Vector256.ConditionalSelect(isSpecial, special | quiet, finite) | sign).AsSingle();
    }
}
