namespace DataStrategy.Core.Analysis;

public enum ImportanceSource
{
    None,
    Votes,
    Manual,
}
