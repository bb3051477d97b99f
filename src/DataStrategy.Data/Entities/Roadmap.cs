namespace DataStrategy.Data.Entities;

/// <summary>The organisation's roadmap (one per organisation). Plans are counted in months from <see cref="StartMonth"/>.</summary>
public class Roadmap : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>First day of the first month of the plan.</summary>
    public DateOnly StartMonth { get; set; }

    public int HorizonMonths { get; set; } = 24;

    public RoadmapGranularity Granularity { get; set; }

    public RoadmapObjective Objective { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
