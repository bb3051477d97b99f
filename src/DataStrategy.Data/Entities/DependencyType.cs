namespace DataStrategy.Data.Entities;

public enum DependencyType
{
    FinishToStart,
    StartToStart,
}
