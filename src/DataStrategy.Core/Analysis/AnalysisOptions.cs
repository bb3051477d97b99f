namespace DataStrategy.Core.Analysis;

public sealed class AnalysisOptions
{
    public RollUpRule Rule { get; init; } = RollUpRule.Default;

    /// <summary>k: a node with fewer respondents giving a level is suppressed ("too few answers").</summary>
    public int MinGroupSize { get; init; } = 3;

    public int Resamples { get; init; } = 1000;

    /// <summary>Seed of the bootstrap; the same seed gives the same intervals.</summary>
    public ulong Seed { get; init; } = 20260101;

    /// <summary>Also compute every department, department kind and respondent type group.</summary>
    public bool Breakdowns { get; init; } = true;
}
