namespace DataStrategy.Core.Inventory;

/// <summary>What a dataset lacks before it may be published (<see cref="DatasetPublication"/>).</summary>
public enum DatasetGapKind
{
    /// <summary>Its access right is not PUBLIC.</summary>
    NotPublic,

    /// <summary>No licence.</summary>
    Licence,

    /// <summary>No distribution.</summary>
    Distribution,

    /// <summary>No title in <see cref="DatasetGap.Language"/>.</summary>
    Title,

    /// <summary>No description in <see cref="DatasetGap.Language"/>.</summary>
    Description,

    /// <summary>No theme.</summary>
    Theme,
}
