namespace DataStrategy.Data.Entities;

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
