namespace DataStrategy.Core.Strategy;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
