namespace DataStrategy.Core.Analysis;

/// <summary>Gap, change and disagreement per theme and question, and the suggestions drawn from them.</summary>
public static class Insights
{
    /// <summary>A strength scores at or above target (or half a level above the overall score without a target) with a standard deviation at most this.</summary>
    public const double StrengthMaxDeviation = 1.0;

    /// <summary>An opportunity lies at least this far below target.</summary>
    public const double OpportunityMinGap = 1.0;

    /// <summary>A disagreement: a standard deviation of at least this, or departments this far apart.</summary>
    public const double DisagreementMinDeviation = 1.2;

    public const double DisagreementMinDepartmentRange = 1.5;

    public static IReadOnlyList<NodeInsight> Themes(AnalysisResult current, IReadOnlyDictionary<string, int> targets, AnalysisResult? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(targets);
        var structure = current.Structure;
        var list = new List<NodeInsight>(structure.ThemeIds.Count);
        for (var t = 0; t < structure.ThemeIds.Count; t++)
        {
            var id = structure.ThemeIds[t];
            var node = current.All.Themes[t];
            list.Add(new NodeInsight(
                NodeLevel.Theme,
                t,
                id,
                id,
                node.Score,
                targets.TryGetValue(id, out var target) ? target : null,
                Previous(previous, NodeLevel.Theme, id),
                node.StandardDeviation,
                node.InterquartileRange,
                current.SpreadAcrossDepartments(NodeLevel.Theme, t)));
        }

        return list;
    }

    public static IReadOnlyList<NodeInsight> Questions(AnalysisResult current, IReadOnlyDictionary<string, int> targets, AnalysisResult? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(targets);
        var structure = current.Structure;
        var list = new List<NodeInsight>(structure.QuestionIds.Count);
        for (var q = 0; q < structure.QuestionIds.Count; q++)
        {
            var id = structure.QuestionIds[q];
            var themeId = structure.ThemeIds[structure.ThemeOf(q)];
            var node = current.All.Questions[q];
            list.Add(new NodeInsight(
                NodeLevel.Question,
                q,
                id,
                themeId,
                node.Score,
                targets.TryGetValue(themeId, out var target) ? target : null,
                Previous(previous, NodeLevel.Question, id),
                node.StandardDeviation,
                node.InterquartileRange,
                current.SpreadAcrossDepartments(NodeLevel.Question, q)));
        }

        return list;
    }

    /// <summary>The same theme or question in an earlier campaign, matched by its stable ID (so an earlier version of the framework maps).</summary>
    private static double? Previous(AnalysisResult? previous, NodeLevel level, string id)
    {
        if (previous is null)
        {
            return null;
        }

        var index = level == NodeLevel.Theme
            ? IndexOf(previous.Structure.ThemeIds, id)
            : previous.Structure.QuestionIndex.GetValueOrDefault(id, -1);
        return index < 0 ? null : previous.All.Node(level, index).Score;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Suggested strengths (the three highest themes at or above target with low disagreement),
    /// opportunities (themes at least a level below target, largest gap first) and points of
    /// disagreement (the five questions with the widest spread).
    /// </summary>
    public static IReadOnlyList<SuggestedFinding> Suggest(IReadOnlyList<NodeInsight> themes, IReadOnlyList<NodeInsight> questions, double? overallScore)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(questions);
        var suggestions = new List<SuggestedFinding>();
        suggestions.AddRange(themes
            .Where(t => t.Score is { } s
                && (t.Target is { } target ? s >= target : overallScore is { } o && s >= o + 0.5)
                && t.StandardDeviation <= StrengthMaxDeviation)
            .OrderByDescending(t => t.Score)
            .Take(3)
            .Select(t => new SuggestedFinding("strength:" + t.Id, FindingKind.Strength, NodeLevel.Theme, t.Id, t.ThemeId, t.Score!.Value)));
        suggestions.AddRange(themes
            .Where(t => t.Gap >= OpportunityMinGap)
            .OrderByDescending(t => t.Gap)
            .Select(t => new SuggestedFinding("opportunity:" + t.Id, FindingKind.Opportunity, NodeLevel.Theme, t.Id, t.ThemeId, t.Gap!.Value)));
        suggestions.AddRange(questions
            .Where(q => q.StandardDeviation >= DisagreementMinDeviation || q.Spread?.Range >= DisagreementMinDepartmentRange)
            .OrderByDescending(q => Math.Max(q.StandardDeviation ?? 0, (q.Spread?.Range ?? 0) / 1.5 * DisagreementMinDeviation))
            .Take(5)
            .Select(q => new SuggestedFinding("disagreement:" + q.Id, FindingKind.Disagreement, NodeLevel.Question, q.Id, q.ThemeId, q.StandardDeviation ?? 0)));
        return suggestions;
    }
}
