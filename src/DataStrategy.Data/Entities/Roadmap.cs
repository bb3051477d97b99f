using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

public enum RoadmapGranularity
{
    Month,
    Quarter,
}

/// <summary>What auto-scheduling aims for by default.</summary>
public enum RoadmapObjective
{
    EarliestFinish,
    MostValueByHorizon,
}

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

/// <summary>A strand of the roadmap grouping initiatives (e.g. "Data platform", "Skills").</summary>
public class Workstream : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A team whose people deliver initiatives, with its capacity over time.</summary>
public class DeliveryTeam : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    public Guid? DepartmentId { get; set; }

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

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

public enum InitiativeStatus
{
    Proposed,
    Planned,
    InProgress,
    Done,
    OnHold,
    Cancelled,
}

public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}

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

/// <summary>FTE of a team the initiative needs in every month it runs.</summary>
public class InitiativeEffort : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid InitiativeId { get; set; }

    public Guid TeamId { get; set; }

    public decimal Fte { get; set; }
}

public enum DependencyType
{
    FinishToStart,
    StartToStart,
}

public class InitiativeDependency : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid PredecessorId { get; set; }

    public Guid SuccessorId { get; set; }

    public DependencyType Type { get; set; }

    public int LagMonths { get; set; }
}

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

/// <summary>An outcome metric: where we start, where we want to be, by when; measured over time.</summary>
public class Kpi : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public LocalizedText Name { get; set; } = new();

    /// <summary>Unit as shown after a value ("%", "datasets", "days").</summary>
    public string Unit { get; set; } = "";

    public decimal Baseline { get; set; }

    public DateOnly BaselineOn { get; set; }

    public decimal Target { get; set; }

    public DateOnly TargetOn { get; set; }

    public List<string> ObjectiveIds { get; set; } = [];

    public List<string> InitiativeIds { get; set; } = [];

    /// <summary>Shown on the public site's roadmap progress and in its open data (the organisation chooses).</summary>
    public bool Public { get; set; }

    public int Position { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public class KpiMeasurement : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid KpiId { get; set; }

    public DateOnly MeasuredOn { get; set; }

    public decimal Value { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; } = DateTimeOffset.UtcNow;
}

/// <summary>An initiative's monthly check-in: status, progress, RAG and a short note.</summary>
public class CheckIn : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid InitiativeId { get; set; }

    /// <summary>First day of the month checked in for.</summary>
    public DateOnly Month { get; set; }

    public InitiativeStatus Status { get; set; }

    public Rag Rag { get; set; }

    public int PercentComplete { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A frozen copy of the plan (start and duration per initiative) to compare re-plans against.</summary>
public class RoadmapBaseline : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>JSON: [{ "id", "start" (yyyy-MM-01), "months" }].</summary>
    public string Plan { get; set; } = "[]";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}

public enum ProposalState
{
    Running,
    Finished,
    Applied,
    Discarded,
}

/// <summary>The latest auto-schedule result, waiting to be applied; improved in the background while <see cref="State"/> is Running.</summary>
public class ScheduleProposal : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public RoadmapObjective Objective { get; set; }

    public ProposalState State { get; set; }

    /// <summary>Core ScheduleStatus name.</summary>
    public string Status { get; set; } = "";

    /// <summary>JSON of the result: starts by initiative ID, left-out tasks, conflicts.</summary>
    public string Result { get; set; } = "{}";

    /// <summary>Fingerprint of the inputs the proposal was computed from; a proposal whose inputs changed cannot be applied.</summary>
    public string InputHash { get; set; } = "";

    public int Finish { get; set; }

    public double Seconds { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();
}
