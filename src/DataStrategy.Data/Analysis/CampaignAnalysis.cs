using DataStrategy.Core.Analysis;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Analysis;

/// <summary>A campaign's analysis with everything the dashboard, findings and report show.</summary>
public sealed class CampaignAnalysis
{
    public required Campaign Campaign { get; init; }

    public required Framework Framework { get; init; }

    public required FrameworkDefinition Definition { get; init; }

    public required RollUpRule Rule { get; init; }

    public required AnalysisResult Result { get; init; }

    /// <summary>Departments in the order of the analysis' department indexes.</summary>
    public required IReadOnlyList<Department> Departments { get; init; }

    public required Campaign? PreviousCampaign { get; init; }

    public required AnalysisResult? Previous { get; init; }

    public required IReadOnlyDictionary<string, int> Targets { get; init; }

    public required IReadOnlyList<NodeInsight> Themes { get; init; }

    public required IReadOnlyList<NodeInsight> Questions { get; init; }

    public IReadOnlyList<SuggestedFinding> Suggestions() => Insights.Suggest(Themes, Questions, Result.All.Overall.Score);
}
