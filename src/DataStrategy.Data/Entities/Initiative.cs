using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>A piece of work on the roadmap that serves objectives of the strategy.</summary>
public class Initiative : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>Short reference unique in the organisation ("I-07"), used by imports and dependencies in spreadsheets.</summary>
    public string Code { get; set; } = "";

    public LocalizedText Title { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public Guid? WorkstreamId { get; set; }

    public Guid? DepartmentId { get; set; }

    /// <summary>A role of the strategy (a strategy item of kind Role) leading the initiative.</summary>
    public Guid? LeadRoleId { get; set; }

    /// <summary>A named lead (personal data: shown only to those who see stakeholders).</summary>
    public Guid? LeadStakeholderId { get; set; }

    public int DurationMonths { get; set; } = 1;

    /// <summary>First months (first day) it may start.</summary>
    public DateOnly? EarliestStart { get; set; }

    /// <summary>Month by whose end it must be finished.</summary>
    public DateOnly? Deadline { get; set; }

    /// <summary>Fixed start month: the scheduler does not move it.</summary>
    public DateOnly? LockedStart { get; set; }

    /// <summary>The current plan's start month (set by hand or by applying a schedule).</summary>
    public DateOnly? PlannedStart { get; set; }

    public decimal? Budget { get; set; }

    /// <summary>1 (low) to 5 (high): weight when the scheduler delivers the most value by the horizon.</summary>
    public int Priority { get; set; } = 3;

    public InitiativeStatus Status { get; set; }

    public Rag Rag { get; set; }

    public int PercentComplete { get; set; }

    /// <summary>Strategy objectives (strategy item IDs) it serves.</summary>
    public List<string> ObjectiveIds { get; set; } = [];

    /// <summary>Framework theme IDs it improves.</summary>
    public List<string> ThemeIds { get; set; } = [];

    /// <summary>Actual start and finish, recorded by check-ins.</summary>
    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualFinish { get; set; }

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
