namespace DataStrategy.Data.Entities;

public enum SessionOutcomeKind
{
    Decision,
    Action,
}
