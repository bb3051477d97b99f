using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

public class Milestone : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid InitiativeId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateOnly DueOn { get; set; }

    public DateOnly? AchievedOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
