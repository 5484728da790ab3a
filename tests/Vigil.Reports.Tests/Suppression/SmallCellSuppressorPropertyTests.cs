using FsCheck;
using FsCheck.Fluent;
using Vigil.Reports.Suppression;

namespace Vigil.Reports.Tests.Suppression;

/// <summary>A random table of counts (mixing small and large counts) and a threshold.</summary>
public sealed record SuppressionCase(long[][] Cells, int K, bool ZerosPublished)
{
    public CountTable Table()
    {
        var cells = new long[Cells.Length, Cells[0].Length];
        for (var r = 0; r < Cells.Length; r++)
        {
            for (var c = 0; c < Cells[0].Length; c++)
            {
                cells[r, c] = Cells[r][c];
            }
        }

        return new CountTable(
            Enumerable.Range(0, Cells.Length).Select(i => "r" + i).ToList(),
            Enumerable.Range(0, Cells[0].Length).Select(i => "c" + i).ToList(),
            cells);
    }

    public SuppressedTable Suppress() => SmallCellSuppressor.Suppress(Table(), K, zerosPublished: ZerosPublished);

    public override string ToString() => $"k={K} zeros={(ZerosPublished ? "published" : "small")} [{string.Join(" | ", Cells.Select(r => string.Join(",", r)))}]";
}

public static class SuppressionCases
{
    public static Arbitrary<SuppressionCase> Cases() =>
        (from rows in Gen.Choose(1, 5)
         from columns in Gen.Choose(1, 7)
         from k in Gen.Choose(SmallCellSuppressor.MinimumThreshold, 12)
         from zeros in Gen.Elements(false, true)
         from cells in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 12)), (3, Gen.Choose(10, 60))).Select(i => (long)i), columns), rows)
         select new SuppressionCase(cells, k, zeros)).ToArbitrary();
}

public sealed class SmallCellSuppressorPropertyTests
{
    private static IEnumerable<(int Row, int Column)> Positions(SuppressedTable t) =>
        from r in Enumerable.Range(0, t.Rows + 1) from c in Enumerable.Range(0, t.Columns + 1) select (r, c);

    [FsCheck.Xunit.Property(MaxTest = 400, Arbitrary = [typeof(SuppressionCases)])]
    public bool Suppress_AnyTable_PublishesNoCountBelowK(SuppressionCase c)
    {
        var t = c.Suppress();
        return Positions(t).All(p => t.Published(p.Row, p.Column) is not { } n || n >= c.K || (n == 0 && c.ZerosPublished));
    }

    [FsCheck.Xunit.Property(MaxTest = 400, Arbitrary = [typeof(SuppressionCases)])]
    public bool Suppress_AnyTable_PublishesTrueCountsAndMarksSmallOnesAsSmall(SuppressionCase c)
    {
        var counts = c.Table();
        var t = c.Suppress();
        return Positions(t).All(p =>
            t.StateAt(p.Row, p.Column) switch
            {
                CellState.Small => counts[p.Row, p.Column] < c.K && t.Label(p.Row, p.Column) == "<" + c.K,
                CellState.Withheld => counts[p.Row, p.Column] >= c.K && t.Label(p.Row, p.Column) == SuppressedTable.WithheldMark,
                _ => t.Published(p.Row, p.Column) == counts[p.Row, p.Column],
            });
    }

    [FsCheck.Xunit.Property(MaxTest = 400, Arbitrary = [typeof(SuppressionCases)])]
    public bool Suppress_AnyTable_LeavesNoLineWithExactlyOneHiddenCount(SuppressionCase c)
    {
        var counts = c.Table();
        var t = c.Suppress();
        return counts.Lines().All(line => line.Count(p => t.StateAt(p.Row, p.Column) != CellState.Published) != 1);
    }

    /// <summary>
    /// The reader's attack: subtract published counts from published totals, row by row and column by column,
    /// using that small counts are below k and withheld ones at least k, until nothing more follows.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 2000, Arbitrary = [typeof(SuppressionCases)])]
    public bool Suppress_AnyTable_NoHiddenCountCanBeRecoveredByDifferencing(SuppressionCase c)
    {
        var counts = c.Table();
        var t = c.Suppress();
        return DifferencingAudit.Recoverable(counts, t.StateAt, c.K).Count == 0;
    }

    [FsCheck.Xunit.Property(MaxTest = 150, Arbitrary = [typeof(SuppressionCases)])]
    public bool SuppressSharingColumnTotals_TwoBreakdowns_AgreeOnEveryTotal(SuppressionCase c)
    {
        // A second breakdown of the same column totals: all of each column in one row.
        var first = c.Table();
        var merged = new long[1, first.Columns];
        for (var col = 0; col < first.Columns; col++)
        {
            merged[0, col] = first[first.Rows, col];
        }

        var tables = SmallCellSuppressor.SuppressSharingColumnTotals([first, new CountTable(["all"], first.ColumnLabels, merged)], c.K);

        return Enumerable.Range(0, first.Columns + 1).All(col =>
                   (tables[0].StateAt(tables[0].Rows, col) == CellState.Published) == (tables[1].StateAt(tables[1].Rows, col) == CellState.Published))
               && tables.All(t => DifferencingAudit.Recoverable(t.Counts, t.StateAt, c.K).Count == 0);
    }
}
