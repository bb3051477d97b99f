namespace DataStrategy.Core.Strategy;

public enum DiffOp
{
    Same,
    Inserted,
    Deleted,
}
