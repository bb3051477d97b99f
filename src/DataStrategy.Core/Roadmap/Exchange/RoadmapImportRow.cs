namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>One row of the Initiatives sheet, resolved. A null value of an optional field means "empty cell"
/// when its column is present (see <see cref="RoadmapImportResult.HasColumn"/>), and is ignored otherwise.</summary>
public sealed record RoadmapImportRow
{
    public int Row { get; init; }

    public string Code { get; init; } = "";

    /// <summary>The code is not yet used by the organisation: the row creates an initiative.</summary>
    public bool IsNew { get; init; }

    /// <summary>Language → title, for the title columns present (an empty string clears that language).</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = new Dictionary<string, string>();

    public Guid? WorkstreamId { get; init; }

    /// <summary>A workstream the import creates (its name as written).</summary>
    public string? NewWorkstream { get; init; }

    public Guid? DepartmentId { get; init; }

    public int? DurationMonths { get; init; }

    public DateOnly? EarliestStart { get; init; }

    public DateOnly? Deadline { get; init; }

    public DateOnly? LockedStart { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public decimal? Budget { get; init; }

    public int? Priority { get; init; }

    /// <summary>Canonical name (<see cref="RoadmapExchange.Statuses"/>).</summary>
    public string? Status { get; init; }

    public string? Rag { get; init; }

    public int? PercentComplete { get; init; }

    public IReadOnlyList<DependencyRef> Dependencies { get; init; } = [];

    public IReadOnlyList<string> ObjectiveIds { get; init; } = [];

    public IReadOnlyList<string> ThemeIds { get; init; } = [];

    /// <summary>Team → FTE for the effort columns present (0 removes the team's effort).</summary>
    public IReadOnlyDictionary<Guid, decimal> Effort { get; init; } = new Dictionary<Guid, decimal>();
}
