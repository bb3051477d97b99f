namespace DataStrategy.Core.Analysis;

public enum FindingKind
{
    Strength,
    Opportunity,
    Risk,
    Disagreement,
}
