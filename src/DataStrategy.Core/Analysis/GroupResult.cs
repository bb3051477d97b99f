namespace DataStrategy.Core.Analysis;

/// <summary>One group of respondents (everyone in the filter, a department, a department kind or a respondent type).</summary>
public sealed class GroupResult
{
    public required GroupDimension Dimension { get; init; }

    /// <summary>The department index, kind or respondent type; 0 for <see cref="GroupDimension.All"/>.</summary>
    public required int Index { get; init; }

    /// <summary>Respondents who gave at least one level (0 when suppressed).</summary>
    public required int Respondents { get; init; }

    public bool Suppressed => Overall.Suppressed;

    public required NodeStatistics Overall { get; init; }

    public required IReadOnlyList<NodeStatistics> Themes { get; init; }

    public required IReadOnlyList<NodeStatistics> Topics { get; init; }

    public required IReadOnlyList<NodeStatistics> Questions { get; init; }

    public NodeStatistics Node(NodeLevel level, int index) => level switch
    {
        NodeLevel.Question => Questions[index],
        NodeLevel.Topic => Topics[index],
        NodeLevel.Theme => Themes[index],
        _ => Overall,
    };
}
