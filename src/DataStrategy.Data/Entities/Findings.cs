using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

public enum FindingStatus
{
    Accepted,

    /// <summary>A suggestion the facilitator discarded: kept so it is not suggested again.</summary>
    Discarded,
}

/// <summary>A strength, opportunity, risk or point of disagreement drawn from a campaign.</summary>
public class Finding : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public FindingKind Kind { get; set; }

    public FindingStatus Status { get; set; }

    public List<string> ThemeIds { get; set; } = [];

    public LocalizedText Text { get; set; } = new();

    /// <summary>The suggestion this finding came from (e.g. "opportunity:governance"), if any.</summary>
    public string? SuggestionKey { get; set; }

    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A link from a finding to a quote or note, or to one answer.</summary>
public class FindingEvidence : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid FindingId { get; set; }

    public Guid? NoteId { get; set; }

    public long? AnswerId { get; set; }
}

/// <summary>A theme's place among a campaign's priorities: importance set by hand and the reasoning.</summary>
public class ThemePriority : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string ThemeId { get; set; } = string.Empty;

    /// <summary>1–5; null: importance comes from workshop votes.</summary>
    public int? ManualImportance { get; set; }

    public LocalizedText Reasoning { get; set; } = new();

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum WorkshopStatus
{
    Planned,
    Live,
    Ended,
}

/// <summary>A findings workshop: a facilitator presents, participants join with a short code and vote on priorities.</summary>
public class Workshop : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string Title { get; set; } = string.Empty;

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

/// <summary>One device in a workshop: one ballot per device token (stored hashed).</summary>
public class WorkshopParticipant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid WorkshopId { get; set; }

    public string DeviceHash { get; set; } = string.Empty;

    public DateTimeOffset JoinedAt { get; set; } = DateTimeOffset.UtcNow;
}

public class WorkshopVote : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid WorkshopId { get; set; }

    public Guid ParticipantId { get; set; }

    public string ThemeId { get; set; } = string.Empty;

    public int Votes { get; set; }
}

public class WorkshopComment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid WorkshopId { get; set; }

    public Guid ParticipantId { get; set; }

    public int Slide { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// A campaign's theme scores shared with the peer benchmark by an organisation that opted in.
/// Read across organisations, only ever aggregated, and only with at least five peers.
/// </summary>
public class PeerScore
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string FrameworkKey { get; set; } = string.Empty;

    public string ThemeId { get; set; } = string.Empty;

    public double Score { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}
