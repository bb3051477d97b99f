using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>An outcome metric: where we start, where we want to be, by when; measured over time.</summary>
public class Kpi : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    /// <summary>Unit as shown after a value ("%", "datasets", "days").</summary>
    public LocalizedText Unit { get; set; } = new();

    public decimal Baseline { get; set; }

    public DateOnly BaselineOn { get; set; }

    public decimal Target { get; set; }

    public DateOnly TargetOn { get; set; }

    public List<string> ObjectiveIds { get; set; } = [];

    public List<string> InitiativeIds { get; set; } = [];

    /// <summary>The register's dataset the measurements come from.</summary>
    public Guid? SourceDatasetId { get; set; }

    /// <summary>Shown on the public site's roadmap progress and in its open data (the organisation chooses).</summary>
    public bool Public { get; set; }

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
