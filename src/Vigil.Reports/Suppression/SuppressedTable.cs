using System.Globalization;

namespace Vigil.Reports.Suppression;

/// <summary>
/// A <see cref="CountTable"/> after small-cell suppression: each position of the grid (cells and margins)
/// has a <see cref="CellState"/>. Only <see cref="Published"/> values may be shown; <see cref="Label"/> gives
/// what a report prints for any position.
/// </summary>
public sealed class SuppressedTable
{
    private readonly CellState[,] _states;

    internal SuppressedTable(CountTable counts, int threshold, CellState[,] states)
    {
        Counts = counts;
        Threshold = threshold;
        _states = states;
    }

    /// <summary>The true counts. Never render these directly: go through <see cref="Published"/> or <see cref="Label"/>.</summary>
    internal CountTable Counts { get; }

    public int Threshold { get; }

    public IReadOnlyList<string> RowLabels => Counts.RowLabels;

    public IReadOnlyList<string> ColumnLabels => Counts.ColumnLabels;

    public int Rows => Counts.Rows;

    public int Columns => Counts.Columns;

    public CellState StateAt(int row, int column) => _states[row, column];

    /// <summary>The count if it may be published, else null.</summary>
    public long? Published(int row, int column) => _states[row, column] == CellState.Published ? Counts[row, column] : null;

    /// <summary>What a report prints: the count, "&lt;k" for a small count, "x" for a withheld one.</summary>
    public string Label(int row, int column) => _states[row, column] switch
    {
        CellState.Published => Counts[row, column].ToString("N0", CultureInfo.InvariantCulture),
        CellState.Small => "<" + Threshold.ToString(CultureInfo.InvariantCulture),
        _ => WithheldMark,
    };

    /// <summary>The mark of a withheld (secondary) cell.</summary>
    public const string WithheldMark = "x";

    public long? RowTotal(int row) => Published(row, Columns);

    public long? ColumnTotal(int column) => Published(Rows, column);

    public long? GrandTotal => Published(Rows, Columns);

    /// <summary>Number of suppressed positions (small or withheld), margins included.</summary>
    public int SuppressedCount
    {
        get
        {
            var n = 0;
            foreach (var s in _states)
            {
                n += s == CellState.Published ? 0 : 1;
            }

            return n;
        }
    }
}
