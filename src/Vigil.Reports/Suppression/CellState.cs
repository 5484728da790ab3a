namespace Vigil.Reports.Suppression;

/// <summary>How one count of a strategic report is published.</summary>
public enum CellState
{
    /// <summary>The exact count is shown; it is at least the threshold k.</summary>
    Published,

    /// <summary>Primary suppression: the count is below k and is shown as "&lt;k".</summary>
    Small,

    /// <summary>Secondary suppression: a count of at least k withheld so that a small one cannot be worked out by subtraction.</summary>
    Withheld,
}
