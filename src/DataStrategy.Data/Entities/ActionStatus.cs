namespace DataStrategy.Data.Entities;

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
}
