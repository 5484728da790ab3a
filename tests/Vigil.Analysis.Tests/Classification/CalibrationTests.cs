using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Analysis.Classification;
using Vigil.Core.Analysis;

namespace Vigil.Analysis.Tests.Classification;

public sealed class CalibrationTests
{
    [Property(MaxTest = 300)]
    public Property Softmax_LargerMargin_NeverLowersConfidence()
    {
        var logit = Gen.Choose(-500, 500).Select(i => i / 50.0);
        var gen = from z in Gen.ArrayOf(logit, 7)
                  from extra in Gen.Choose(0, 400).Select(i => i / 50.0)
                  from t in Gen.Choose(5, 400).Select(i => i / 100.0)
                  select (z, extra, t);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (z, extra, t) = x;
            var top = Array.IndexOf(z, z.Max());
            var wider = (double[])z.Clone();
            wider[top] += extra;
            var before = CategoryModel.Softmax(z, null, 0, t)[top];
            var after = CategoryModel.Softmax(wider, null, 0, t)[top];
            return after >= before - 1e-12;
        });
    }

    [Property(MaxTest = 300)]
    public Property Softmax_Temperature_PreservesTheOrderOfScores()
    {
        var logit = Gen.Choose(-500, 500).Select(i => i / 50.0);
        var gen = from z in Gen.ArrayOf(logit, 7)
                  from t in Gen.Choose(5, 400).Select(i => i / 100.0)
                  select (z, t);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var p1 = CategoryModel.Softmax(x.z, null, 0, 1);
            var pt = CategoryModel.Softmax(x.z, null, 0, x.t);
            for (var i = 0; i < 7; i++)
            {
                for (var j = 0; j < 7; j++)
                {
                    if (p1[i] > p1[j] + 1e-9 && !(pt[i] >= pt[j]))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void Fit_OverconfidentLogits_RecoversTheTemperature()
    {
        // Gold labels are drawn from softmax(z / 2): the right temperature is 2.
        var random = new Random(7);
        var dev = new List<(double[], double[], int)>();
        var zeros = new double[7];
        for (var n = 0; n < 3000; n++)
        {
            var z = Enumerable.Range(0, 7).Select(_ => random.NextDouble() * 12 - 6).ToArray();
            var p = CategoryModel.Softmax(z, null, 0, 2.0);
            var u = random.NextDouble();
            var gold = 0;
            for (var acc = p[0]; acc < u && gold < 6; acc += p[++gold])
            {
            }

            dev.Add((z, zeros, gold));
        }

        var (_, t, _) = Calibrator.Fit(dev);
        Assert.InRange(t, 1.7, 2.3);
    }

    [Fact]
    public void Decide_CostOne_IsTheArgmax()
    {
        double[] p = [0.05, 0.40, 0.05, 0.05, 0.05, 0.05, 0.35];
        Assert.Equal(Category.SmugglingOffer, CategoryModel.Decide(p, 1));
    }

    [Fact]
    public void Decide_FlaggingAHelperCostsMore_PrefersHumanitarianWhenItIsLikely()
    {
        double[] p = [0.05, 0.40, 0.05, 0.05, 0.05, 0.05, 0.35];
        Assert.Equal(Category.HumanitarianOrNews, CategoryModel.Decide(p, 2));
    }

    [Property(MaxTest = 300)]
    public Property Decide_HigherCost_NeverFlagsAPostALowerCostLeftUnflagged()
    {
        var gen = from raw in Gen.ArrayOf(Gen.Choose(1, 1000), 7)
                  from c1 in Gen.Choose(10, 80)
                  from extra in Gen.Choose(0, 80)
                  select (raw, c1 / 10.0, (c1 + extra) / 10.0);
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var sum = x.raw.Sum();
            var p = x.raw.Select(v => v / (double)sum).ToArray();
            return CategoryModel.Decide(p, x.Item2).IsFlagged() || !CategoryModel.Decide(p, x.Item3).IsFlagged();
        });
    }

    [Fact]
    public void ReliabilityTable_PerfectlyCalibratedBins_HaveZeroError()
    {
        var predictions = new List<(double, bool)>();
        for (var i = 0; i < 10; i++)
        {
            predictions.Add((0.95, i < 9 || i == 9 && false));
        }

        predictions.Add((0.55, true));
        predictions.Add((0.55, false));
        var table = ReliabilityTable.Compute(predictions);

        Assert.Equal(10, table.Bins.Count);
        Assert.Equal(2, table.Bins[5].Count);
        Assert.Equal(0.5, table.Bins[5].Accuracy);
        Assert.Equal(10, table.Bins[9].Count);
        Assert.InRange(table.ExpectedCalibrationError, 0.04, 0.06);
    }
}
