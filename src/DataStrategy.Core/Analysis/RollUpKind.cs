namespace DataStrategy.Core.Analysis;

public enum RollUpKind
{
    /// <summary>The mean of the question means.</summary>
    Mean,

    /// <summary>The median of the question medians.</summary>
    Median,

    /// <summary>The highest level that every question's median reaches.</summary>
    MinimumLevelMet,

    /// <summary>The highest level that at least a threshold share of question medians reach.</summary>
    ShareAtLevel,
}
