using System.Runtime.Intrinsics;
using Vigil.Analysis.Classification;

namespace Vigil.Analysis.Tests.Classification;

public sealed class HalfVectorTests
{
    [Fact]
    public void ToSingle_GivesTheBitsOfTheScalarConversion_ForEveryHalfValue()
    {
        // All 65,536 bit patterns, eight at a time: normals, subnormals, both zeros, infinities and NaNs.
        var lanes = new ushort[8];
        for (var first = 0; first < 1 << 16; first += 8)
        {
            for (var k = 0; k < 8; k++)
            {
                lanes[k] = (ushort)(first + k);
            }

            var widened = HalfVector.ToSingle(Vector128.Create(lanes));
            for (var k = 0; k < 8; k++)
            {
                var expected = (float)BitConverter.UInt16BitsToHalf(lanes[k]);
                Assert.True(
                    BitConverter.SingleToUInt32Bits(expected) == BitConverter.SingleToUInt32Bits(widened[k]),
                    $"half 0x{lanes[k]:X4}: expected {expected} (0x{BitConverter.SingleToUInt32Bits(expected):X8}), got {widened[k]} (0x{BitConverter.SingleToUInt32Bits(widened[k]):X8})");
            }
        }
    }

    [Fact]
    public void ToSingle_KeepsLaneOrder()
    {
        var halves = Enumerable.Range(1, 8).Select(i => BitConverter.HalfToUInt16Bits((Half)(i * 0.5f))).ToArray();

        var widened = HalfVector.ToSingle(Vector128.Create(halves));

        Assert.Equal([0.5f, 1f, 1.5f, 2f, 2.5f, 3f, 3.5f, 4f], Enumerable.Range(0, 8).Select(k => widened[k]));
    }
}
