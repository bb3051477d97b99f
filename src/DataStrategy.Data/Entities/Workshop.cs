using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A findings workshop: a facilitator presents, participants join with a short code and vote on priorities.</summary>
public class Workshop : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>What participants type to join (six letters and digits, unambiguous).</summary>
    public string Code { get; set; } = string.Empty;

    public WorkshopStatus Status { get; set; }

    public bool VotingOpen { get; set; }

    public int VotesPerParticipant { get; set; } = 3;

    /// <summary>The slide the facilitator shows; participants follow it.</summary>
    public int CurrentSlide { get; set; }

    public DateOnly? HeldOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
