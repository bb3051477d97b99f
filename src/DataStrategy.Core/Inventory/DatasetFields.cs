using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>The register's editable fields of one dataset as entered (a form, an imported row, an API body), before they are checked.</summary>
public sealed class DatasetFields
{
    public LocalizedText Title { get; init; } = new();

    public LocalizedText Description { get; init; } = new();

    public LocalizedText Keywords { get; init; } = new();

    public LocalizedText QualityNotes { get; init; } = new();

    public string? Slug { get; init; }

    public string? SourceSystem { get; init; }

    public string? Frequency { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public string? AccessRight { get; init; }

    public string? Licence { get; init; }

    public string? Spatial { get; init; }

    public DateOnly? TemporalStart { get; init; }

    public DateOnly? TemporalEnd { get; init; }

    public bool HighValue { get; init; }

    public string? HighValueCategory { get; init; }

    public int ReviewMonths { get; init; } = DatasetRules.DefaultReviewMonths;

    public IReadOnlyList<DistributionFields> Distributions { get; init; } = [];
}
