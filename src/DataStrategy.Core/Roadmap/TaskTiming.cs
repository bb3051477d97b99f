namespace DataStrategy.Core.Roadmap;

/// <summary>Earliest and latest dates of one task in a critical-path analysis.</summary>
public sealed record TaskTiming(int EarliestStart, int EarliestFinish, int LatestStart, int LatestFinish)
{
    public int Slack => LatestStart - EarliestStart;

    public bool Critical => Slack == 0;
}
