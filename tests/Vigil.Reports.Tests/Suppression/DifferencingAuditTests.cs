using Vigil.Reports.Suppression;

namespace Vigil.Reports.Tests.Suppression;

public sealed class DifferencingAuditTests
{
    private static CountTable Table(long[,] cells) => new(
        Enumerable.Range(0, cells.GetLength(0)).Select(i => "r" + i).ToList(),
        Enumerable.Range(0, cells.GetLength(1)).Select(i => "c" + i).ToList(),
        cells);

    [Fact]
    public void Recoverable_OnlyPrimarySuppression_FindsTheSmallCellByRowSubtraction()
    {
        // Given a row 3 | 40 whose total 43 is published, and only the 3 hidden
        var counts = Table(new long[,] { { 3, 40 }, { 25, 30 } });
        CellState State(int r, int c) => counts[r, c] < 10 ? CellState.Small : CellState.Published;

        // When the reader subtracts
        var recovered = DifferencingAudit.Recoverable(counts, State, 10);

        // Then the 3 is recovered (43 − 40) and so is its column's
        Assert.Contains((0, 0), recovered);
    }

    [Fact]
    public void Recoverable_SmallNextToWithheld_UsesTheBoundsToPinBoth()
    {
        // Given a row 0 | 10 with total 10: the 0 is small (< 10), the 10 withheld (>= 10)
        var counts = Table(new long[,] { { 0, 10 } });
        var states = new Dictionary<(int, int), CellState> { [(0, 0)] = CellState.Small, [(0, 1)] = CellState.Withheld, [(1, 0)] = CellState.Small, [(1, 1)] = CellState.Withheld };

        var recovered = DifferencingAudit.Recoverable(counts, (r, c) => states.GetValueOrDefault((r, c), CellState.Published), 10);

        // Then withheld >= 10 and the total 10 leave the small cell nothing but 0
        Assert.Contains((0, 0), recovered);
        Assert.Contains((0, 1), recovered);
    }

    [Fact]
    public void Recoverable_TwoSmallCellsInEveryLine_RecoversNothing()
    {
        // Given a 2×2 block of small cells inside large published ones
        var counts = Table(new long[,] { { 3, 4, 50 }, { 5, 2, 60 }, { 40, 30, 20 } });
        CellState State(int r, int c) => r < 2 && c < 2 ? CellState.Small : CellState.Published;

        Assert.Empty(DifferencingAudit.Recoverable(counts, State, 10));
    }

    [Fact]
    public void Suppress_SmallCellNextToExactlyK_WithholdsEnoughThatNothingIsPinned()
    {
        var counts = Table(new long[,] { { 0, 10 }, { 12, 30 } });

        var t = SmallCellSuppressor.Suppress(counts, 10);

        Assert.Equal(CellState.Small, t.StateAt(0, 0));
        Assert.NotEqual(CellState.Published, t.StateAt(0, 1));
        Assert.Empty(DifferencingAudit.Recoverable(counts, t.StateAt, 10));
    }

    [Fact]
    public void Suppress_ThresholdBelowThree_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellSuppressor.Suppress(Table(new long[,] { { 1 } }), 2));
}
