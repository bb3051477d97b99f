namespace DataStrategy.Data.Entities;

/// <summary>From <see cref="FromMonth"/> on, the team has <see cref="Fte"/> full-time equivalents (until the next change).</summary>
public class TeamCapacity : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid TeamId { get; set; }

    /// <summary>First day of a month.</summary>
    public DateOnly FromMonth { get; set; }

    public decimal Fte { get; set; }
}
