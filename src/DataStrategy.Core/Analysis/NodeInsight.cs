namespace DataStrategy.Core.Analysis;

/// <summary>A theme or question with its score, the gap to target and the change since a previous campaign.</summary>
public sealed record NodeInsight(
    NodeLevel Level,
    int Index,
    string Id,
    string ThemeId,
    double? Score,
    int? Target,
    double? Previous,
    double? StandardDeviation,
    double? InterquartileRange,
    DepartmentSpread? Spread)
{
    /// <summary>Target minus score: positive when the organisation is below its target.</summary>
    public double? Gap => Score is { } s && Target is { } t ? t - s : null;

    public double? Change => Score is { } s && Previous is { } p ? s - p : null;
}
