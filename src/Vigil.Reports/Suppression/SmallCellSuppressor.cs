namespace Vigil.Reports.Suppression;

/// <summary>
/// Small-cell suppression for the counts of a strategic report, so that no published number describes
/// fewer than k posts and none can be worked out from the others.
/// </summary>
/// <remarks>
/// <para>Primary: every count below k (margins included; zeros too unless the table publishes them) is <see cref="CellState.Small"/>.</para>
/// <para>Secondary: while a line (a row or column with its total) has exactly one suppressed position — which
/// its total would give away by subtraction — or the <see cref="DifferencingAudit"/> recovers a suppressed
/// value through a chain of lines, the smallest published cell of such a line is <see cref="CellState.Withheld"/>
/// as well (cells before totals, so the totals readers rely on stay visible where possible). Each step
/// withholds one more position, so it ends; in the worst case everything is suppressed.</para>
/// </remarks>
public static class SmallCellSuppressor
{
    /// <summary>The default threshold k (documented in docs/data-protection.md).</summary>
    public const int DefaultThreshold = 10;

    /// <summary>
    /// The smallest k accepted. With k = 2, two hidden counts of at most 1 under a withheld total of at least 2
    /// must both be 1: the marks themselves would give them away.
    /// </summary>
    public const int MinimumThreshold = 3;

    /// <summary>Suppresses <paramref name="counts"/> for threshold <paramref name="threshold"/> (at least <see cref="MinimumThreshold"/>).</summary>
    /// <param name="counts">The true counts.</param>
    /// <param name="threshold">k: the smallest count that may be published.</param>
    /// <param name="withhold">Positions that must not be published whatever their value (e.g. a total
    /// suppressed in another table that shares it).</param>
    /// <param name="zerosPublished">When true, zero counts are published as 0 rather than "&lt;k", never withheld,
    /// and assumed known to the reader. For tables whose empty cells describe nobody and are never shown by
    /// name (the route matrix: an unadvertised route), where hiding zeros would only force needless withholding.</param>
    public static SuppressedTable Suppress(CountTable counts, int threshold, IEnumerable<(int Row, int Column)>? withhold = null, bool zerosPublished = false)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, MinimumThreshold);
        var rows = counts.Rows + 1;
        var columns = counts.Columns + 1;
        var states = new CellState[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                states[r, c] = counts[r, c] < threshold && !(zerosPublished && counts[r, c] == 0) ? CellState.Small : CellState.Published;
            }
        }

        foreach (var (r, c) in withhold ?? [])
        {
            if (states[r, c] == CellState.Published && counts[r, c] > 0)
            {
                states[r, c] = CellState.Withheld;
            }
        }

        var lines = counts.Lines().ToList();
        while (NextToWithhold(counts, states, lines, threshold) is { } next)
        {
            states[next.Row, next.Column] = CellState.Withheld;
        }

        return new SuppressedTable(counts, threshold, states);
    }

    /// <summary>
    /// Suppresses tables that break the same posts down in different ways (by category, by language, by
    /// platform) and so share their column totals and grand total. A total withheld in one table is withheld
    /// in all, and the tables are suppressed again until they agree; otherwise one table would publish the
    /// total another relies on hiding.
    /// </summary>
    public static IReadOnlyList<SuppressedTable> SuppressSharingColumnTotals(IReadOnlyList<CountTable> tables, int threshold)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var hidden = new HashSet<int>();
        while (true)
        {
            var result = tables.Select(t => Suppress(t, threshold, hidden.Select(c => (t.Rows, c)))).ToList();
            var now = result.SelectMany(t => Enumerable.Range(0, t.Columns + 1).Where(c => t.StateAt(t.Rows, c) != CellState.Published)).ToHashSet();
            if (now.SetEquals(hidden))
            {
                return result;
            }

            hidden.UnionWith(now);
        }
    }

    private static (int Row, int Column)? NextToWithhold(CountTable counts, CellState[,] states, List<IReadOnlyList<(int Row, int Column)>> lines, int threshold)
    {
        foreach (var line in lines)
        {
            if (line.Count(p => states[p.Row, p.Column] != CellState.Published) == 1 && SmallestPublished(counts, states, line) is { } pick)
            {
                return pick;
            }
        }

        foreach (var (row, column) in DifferencingAudit.Recoverable(counts, (r, c) => states[r, c], threshold))
        {
            foreach (var line in lines.Where(l => l.Contains((row, column))))
            {
                if (SmallestPublished(counts, states, line) is { } pick)
                {
                    return pick;
                }
            }

            var anywhere = lines.SelectMany(l => l).Distinct().Where(p => states[p.Row, p.Column] == CellState.Published && counts[p.Row, p.Column] > 0).ToList();
            if (anywhere.Count > 0)
            {
                return anywhere.MinBy(p => counts[p.Row, p.Column]);
            }
        }

        return null;
    }

    /// <summary>The published cell with the smallest count in a line, preferring cells to the line's total.</summary>
    private static (int Row, int Column)? SmallestPublished(CountTable counts, CellState[,] states, IReadOnlyList<(int Row, int Column)> line)
    {
        var published = line.Where(p => states[p.Row, p.Column] == CellState.Published && counts[p.Row, p.Column] > 0).ToList();
        if (published.Count == 0)
        {
            return null;
        }

        var parts = published.Where(p => p != line[^1]).ToList();
        return (parts.Count > 0 ? parts : published).MinBy(p => counts[p.Row, p.Column]);
    }
}
