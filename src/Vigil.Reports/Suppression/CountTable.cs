namespace Vigil.Reports.Suppression;

/// <summary>
/// A two-way table of counts (rows × columns) whose margins — row totals, column totals and the grand
/// total — are the sums of its cells. Immutable. Positions are addressed in the grid that includes the
/// margins: row <see cref="Rows"/> is the totals row, column <see cref="Columns"/> the totals column.
/// </summary>
public sealed class CountTable
{
    private readonly long[,] _grid;

    public CountTable(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, long[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.GetLength(0) != rowLabels.Count || cells.GetLength(1) != columnLabels.Count)
        {
            throw new ArgumentException("The cells do not match the labels.", nameof(cells));
        }

        RowLabels = rowLabels;
        ColumnLabels = columnLabels;
        _grid = new long[Rows + 1, Columns + 1];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                if (cells[r, c] < 0)
                {
                    throw new ArgumentException("Counts cannot be negative.", nameof(cells));
                }

                _grid[r, c] = cells[r, c];
                _grid[r, Columns] += cells[r, c];
                _grid[Rows, c] += cells[r, c];
                _grid[Rows, Columns] += cells[r, c];
            }
        }
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public int Rows => RowLabels.Count;

    public int Columns => ColumnLabels.Count;

    /// <summary>The count at a position of the grid with margins (row <see cref="Rows"/> and column <see cref="Columns"/> are totals).</summary>
    public long this[int row, int column] => _grid[row, column];

    /// <summary>
    /// Every line of the grid: each row (its cells, then its total) and each column (its cells, then its
    /// total), including the totals row and column. In each line the last position equals the sum of the others.
    /// </summary>
    public IEnumerable<IReadOnlyList<(int Row, int Column)>> Lines()
    {
        for (var r = 0; r <= Rows; r++)
        {
            yield return Enumerable.Range(0, Columns + 1).Select(c => (r, c)).ToList();
        }

        for (var c = 0; c <= Columns; c++)
        {
            yield return Enumerable.Range(0, Rows + 1).Select(r => (r, c)).ToList();
        }
    }

    /// <summary>Builds a table from (row, column, count) triples; absent pairs count zero.</summary>
    public static CountTable From(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, IEnumerable<(string Row, string Column, long Count)> counts)
    {
        var rows = rowLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var columns = columnLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var cells = new long[rowLabels.Count, columnLabels.Count];
        foreach (var (row, column, count) in counts)
        {
            cells[rows[row], columns[column]] += count;
        }

        return new CountTable(rowLabels, columnLabels, cells);
    }
}
