namespace Vigil.Reports.Suppression;

/// <summary>
/// Plays the reader who tries to work out suppressed counts from what a table publishes. The reader knows
/// every published count, that a small cell lies in [0, k−1] and a withheld one is at least k, and that
/// every line (row or column with its total) adds up. Bounds are tightened line by line until nothing
/// changes (interval propagation); a suppressed position whose bounds meet has been recovered.
/// </summary>
/// <remarks>
/// This catches recovery by subtraction within a table, including chains across rows and columns. It does
/// not solve the full integer programme a determined attacker could run, nor links between different
/// tables (see docs/data-protection.md).
/// </remarks>
public static class DifferencingAudit
{
    /// <summary>Suppressed positions whose exact value follows from the published ones, in grid order.</summary>
    public static IReadOnlyList<(int Row, int Column)> Recoverable(CountTable counts, Func<int, int, CellState> state, int threshold)
    {
        var rows = counts.Rows + 1;
        var columns = counts.Columns + 1;
        var lo = new double[rows, columns];
        var hi = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                (lo[r, c], hi[r, c]) = state(r, c) switch
                {
                    CellState.Published => (counts[r, c], (double)counts[r, c]),
                    CellState.Small => (0, threshold - 1),
                    _ => (threshold, double.PositiveInfinity),
                };
            }
        }

        var lines = counts.Lines().ToList();
        for (var round = 0; round < 1000 && Tighten(lines, lo, hi); round++)
        {
        }

        var recovered = new List<(int, int)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (state(r, c) != CellState.Published && lo[r, c] == hi[r, c])
                {
                    recovered.Add((r, c));
                }
            }
        }

        return recovered;
    }

    private static bool Tighten(List<IReadOnlyList<(int Row, int Column)>> lines, double[,] lo, double[,] hi)
    {
        var changed = false;
        foreach (var line in lines)
        {
            var total = line[^1];
            var parts = line.Take(line.Count - 1).ToList();
            var sumLo = parts.Sum(p => lo[p.Row, p.Column]);
            var unbounded = parts.Count(p => double.IsPositiveInfinity(hi[p.Row, p.Column]));
            var boundedHi = parts.Where(p => !double.IsPositiveInfinity(hi[p.Row, p.Column])).Sum(p => hi[p.Row, p.Column]);
            changed |= Narrow(lo, hi, total, sumLo, unbounded > 0 ? double.PositiveInfinity : boundedHi);
            foreach (var p in parts)
            {
                var own = hi[p.Row, p.Column];
                var othersHi = unbounded - (double.IsPositiveInfinity(own) ? 1 : 0) > 0 ? double.PositiveInfinity : boundedHi - (double.IsPositiveInfinity(own) ? 0 : own);
                var othersLo = sumLo - lo[p.Row, p.Column];
                var totalHi = hi[total.Row, total.Column];
                changed |= Narrow(lo, hi, p, lo[total.Row, total.Column] - othersHi, double.IsPositiveInfinity(totalHi) ? totalHi : totalHi - othersLo);
            }
        }

        return changed;
    }

    private static bool Narrow(double[,] lo, double[,] hi, (int Row, int Column) p, double from, double to)
    {
        var changed = false;
        if (from > lo[p.Row, p.Column])
        {
            lo[p.Row, p.Column] = from;
            changed = true;
        }

        if (to < hi[p.Row, p.Column])
        {
            hi[p.Row, p.Column] = to;
            changed = true;
        }

        return changed;
    }
}
