namespace DataStrategy.Data.Entities;

public enum RevisionAction
{
    Created,
    Changed,
    Deleted,
}
