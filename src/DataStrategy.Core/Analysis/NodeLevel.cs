namespace DataStrategy.Core.Analysis;

public enum NodeLevel
{
    Question,
    Topic,
    Theme,
    Overall,
}
