namespace DataStrategy.Data.Entities;

public enum ResponseStatus
{
    Planned,
    InProgress,
    Completed,
    Cancelled,
}
