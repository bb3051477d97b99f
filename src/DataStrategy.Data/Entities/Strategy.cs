using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>One of the organisation's own priorities (e.g. its smart-city priorities) that objectives answer.</summary>
public class CityPriority : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>The default series of working sessions; Other for any further session.</summary>
public enum WorkingSessionTemplate
{
    VisionAndObjectives,
    Services,
    RolesAndOrganisation,
    Governance,
    Other,
}

/// <summary>A strategy working session: date, participants, agenda, notes, decisions and actions.</summary>
public class WorkingSession : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public WorkingSessionTemplate Template { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Agenda { get; set; }

    /// <summary>Free notes; may name people, so only those who run the sessions see them.</summary>
    public string? Notes { get; set; }

    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

public class WorkingSessionParticipant : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid SessionId { get; set; }

    public Guid StakeholderId { get; set; }
}

public enum SessionOutcomeKind
{
    Decision,
    Action,
}

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
}

/// <summary>A decision taken or an action agreed in a working session.</summary>
public class SessionOutcome : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid SessionId { get; set; }

    public SessionOutcomeKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Actions only: who carries it out.</summary>
    public Guid? OwnerStakeholderId { get; set; }

    public DateOnly? DueOn { get; set; }

    public ActionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>State of the working draft, as a reader of the overview sees it.</summary>
public enum StrategyVersionStatus
{
    InReview,
    ChangesRequested,
    Approved,
    Published,

    /// <summary>A published version a later publication replaced.</summary>
    Superseded,

    /// <summary>A version in review or approved that a later submission replaced before publication.</summary>
    Withdrawn,
}

/// <summary>The organisation's strategy: its working draft is the set of <see cref="StrategyItem"/> rows.</summary>
public class Strategy : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One item of the working draft (see <see cref="StrategyItemData"/>).</summary>
public class StrategyItem : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid StrategyId { get; set; }

    public StrategyItemKind Kind { get; set; }

    public int Position { get; set; }

    public LocalizedText Title { get; set; } = new();

    public Dictionary<string, LocalizedText> Texts { get; set; } = [];

    public List<StrategyLink> Links { get; set; } = [];

    public Guid? DepartmentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();

    public StrategyItemData ToData() => new()
    {
        Id = Id,
        Kind = Kind,
        Position = Position,
        Title = Title,
        Texts = Texts.Where(t => !t.Value.IsEmpty).ToDictionary(t => t.Key, t => t.Value),
        Links = [.. Links],
        DepartmentId = DepartmentId,
    };
}

/// <summary>A working session that shaped an item.</summary>
public class StrategyItemSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public Guid SessionId { get; set; }
}

/// <summary>One cell of the RACI matrix of the working draft.</summary>
public class RaciAssignment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ActivityId { get; set; }

    public Guid RoleId { get; set; }

    public RaciLetter Letter { get; set; }
}

public enum RevisionAction
{
    Created,
    Changed,
    Deleted,
}

/// <summary>An item as it was after each save: its visible history.</summary>
public class StrategyItemRevision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public RevisionAction Action { get; set; }

    /// <summary>The item's <see cref="StrategyItemData"/> as JSON.</summary>
    public string Data { get; set; } = string.Empty;

    public string? UserName { get; set; }

    public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>A comment on an item; a reply has a parent; a thread is resolved at its root.</summary>
public class StrategyComment : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public Guid? ParentId { get; set; }

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>User IDs of the members mentioned.</summary>
    public List<string> Mentions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedByName { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>An immutable snapshot of the strategy submitted for review, approved, then perhaps published.</summary>
public class StrategyVersion : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid StrategyId { get; set; }

    public int Number { get; set; }

    public StrategyVersionStatus Status { get; set; }

    /// <summary>The <see cref="StrategySnapshot"/> as JSON; never changed after submission.</summary>
    public string Snapshot { get; set; } = string.Empty;

    /// <summary>What changed, in the submitter's words.</summary>
    public string? Summary { get; set; }

    public string? SubmittedById { get; set; }

    public string SubmittedByName { get; set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; set; } = DateTimeOffset.UtcNow;

    public string? PublishedByName { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ApprovalDecision
{
    Approved,
    ChangesRequested,
}

/// <summary>Who approved (or sent back) which version, when, and why.</summary>
public class StrategyApproval : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid VersionId { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public ApprovalDecision Decision { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>The organisation's logo for documents and its public page (kept apart so tenant lookups stay small).</summary>
public class OrganisationLogo
{
    public Guid OrganisationId { get; set; }

    public string ContentType { get; set; } = "image/png";

    public byte[] Data { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}
