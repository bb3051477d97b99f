namespace DataStrategy.Core.Analysis;

/// <summary>
/// The statistics of one node (a question, topic, theme or the whole framework) in one group of
/// respondents. A suppressed node (fewer respondents than k) carries no numbers at all, so nothing
/// built on it — page, CSV, report — can show them.
/// </summary>
public sealed record NodeStatistics
{
    private static readonly int[] NoCounts = [];

    public required string Id { get; init; }

    /// <summary>Fewer respondents gave a level than the campaign's minimum group size.</summary>
    public bool Suppressed { get; init; }

    /// <summary>Respondents who gave at least one level here.</summary>
    public int Respondents { get; init; }

    /// <summary>Level answers (don't know and not applicable excluded).</summary>
    public int Answers { get; init; }

    public int DontKnow { get; init; }

    public int NotApplicable { get; init; }

    public double? Mean { get; init; }

    public double? Median { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>Sample standard deviation of the levels (0 for one answer).</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Inter-quartile range (quartiles by linear interpolation, as spreadsheet QUARTILE.INC).</summary>
    public double? InterquartileRange { get; init; }

    /// <summary>95% percentile bootstrap interval of the mean (for the analysed group; null in breakdown groups).</summary>
    public double? CiLow { get; init; }

    public double? CiHigh { get; init; }

    /// <summary>Answers per level: index 0 is level 1.</summary>
    public IReadOnlyList<int> Distribution { get; init; } = NoCounts;

    /// <summary>Share of "don't know" among the answers to which the question applied.</summary>
    public double? DontKnowShare { get; init; }

    /// <summary>The score by the framework's roll-up rule (for a question: its mean or median).</summary>
    public double? Score { get; init; }

    public static NodeStatistics Hidden(string id) => new() { Id = id, Suppressed = true };
}
