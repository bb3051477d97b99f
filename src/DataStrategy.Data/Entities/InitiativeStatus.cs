namespace DataStrategy.Data.Entities;

public enum InitiativeStatus
{
    Proposed,
    Planned,
    InProgress,
    Done,
    OnHold,
    Cancelled,
}
