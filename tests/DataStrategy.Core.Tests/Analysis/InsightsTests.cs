using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

public class InsightsTests
{
    private const double Tolerance = 1e-12;

    // Themes A, B, C; questions q1 (A), q2 (B), q3 (C), q4 (A).
    private static readonly AnalysisStructure Current = new(
        ["A", "B", "C"],
        [],
        [("q1", "A", null), ("q2", "B", null), ("q3", "C", null), ("q4", "A", null)]);

    // An earlier framework version: themes reordered, B missing, D new; questions reordered, qX new.
    private static readonly AnalysisStructure Earlier = new(
        ["C", "A", "D"],
        [],
        [("q4", "A", null), ("q1", "A", null), ("qX", "D", null)]);

    private static readonly Dictionary<string, int> Targets = new(StringComparer.Ordinal) { ["A"] = 4, ["B"] = 3, ["C"] = 3 };

    private static NodeStatistics Node(string id, double? score, double? sd = null) => score is { } s
        ? new NodeStatistics { Id = id, Respondents = 5, Answers = 5, Mean = s, Score = s, StandardDeviation = sd, InterquartileRange = sd is null ? null : sd * 1.5 }
        : NodeStatistics.Hidden(id);

    private static GroupResult Group(AnalysisStructure structure, GroupDimension dimension, int index, double?[] themes, double?[] questions, double?[]? questionSd = null) => new()
    {
        Dimension = dimension,
        Index = index,
        Respondents = 5,
        Overall = Node("overall", 3.0),
        Themes = themes.Select((s, t) => Node(structure.ThemeIds[t], s, 0.5)).ToList(),
        Topics = [],
        Questions = questions.Select((s, q) => Node(structure.QuestionIds[q], s, questionSd?[q])).ToList(),
    };

    private static AnalysisResult Result(AnalysisStructure structure, GroupResult all, params GroupResult[] departments) => new()
    {
        Options = new AnalysisOptions(),
        Structure = structure,
        MaxLevel = 5,
        Filter = RespondentFilter.All,
        All = all,
        Departments = departments,
        DepartmentKinds = [],
        RespondentTypes = [],
    };

    private static AnalysisResult CurrentResult() => Result(
        Current,
        Group(Current, GroupDimension.All, 0, [2.0, 3.5, null], [1.5, 3.5, null, 2.5], [0.8, 1.3, null, 0.2]),
        Group(Current, GroupDimension.Department, 0, [1.0, 3.5, null], [1.0, 3.0, null, 2.0]),
        Group(Current, GroupDimension.Department, 1, [3.0, null, null], [2.5, 3.0, null, 2.0]));

    private static AnalysisResult EarlierResult() => Result(
        Earlier,
        Group(Earlier, GroupDimension.All, 0, [1.0, 1.5, 2.0], [2.0, 1.0, 4.0]));

    [Fact]
    public void Themes_TargetsAndPrevious_ComputeGapAndChange()
    {
        var themes = Insights.Themes(CurrentResult(), Targets, EarlierResult());

        Assert.Equal(["A", "B", "C"], themes.Select(t => t.Id));
        var a = themes[0];
        Assert.Equal(NodeLevel.Theme, a.Level);
        Assert.Equal(0, a.Index);
        Assert.Equal("A", a.ThemeId);
        Assert.Equal(2.0, a.Score);
        Assert.Equal(4, a.Target);
        Assert.Equal(2.0, a.Gap!.Value, Tolerance);
        Assert.Equal(1.5, a.Previous); // A was second in the earlier framework
        Assert.Equal(0.5, a.Change!.Value, Tolerance);
        Assert.Equal(0.5, a.StandardDeviation);
        Assert.Equal(0.75, a.InterquartileRange);
    }

    [Fact]
    public void Themes_AboveTarget_GivesNegativeGap()
    {
        var b = Insights.Themes(CurrentResult(), Targets, EarlierResult())[1];

        Assert.Equal(-0.5, b.Gap!.Value, Tolerance);
    }

    [Fact]
    public void Themes_MissingFromEarlierCampaign_HaveNoPreviousOrChange()
    {
        var b = Insights.Themes(CurrentResult(), Targets, EarlierResult())[1];

        Assert.Null(b.Previous);
        Assert.Null(b.Change);
    }

    [Fact]
    public void Themes_SuppressedNow_HaveNoGapOrChangeButKeepPrevious()
    {
        var c = Insights.Themes(CurrentResult(), Targets, EarlierResult())[2];

        Assert.Null(c.Score);
        Assert.Equal(3, c.Target);
        Assert.Null(c.Gap);
        Assert.Equal(1.0, c.Previous);
        Assert.Null(c.Change);
    }

    [Fact]
    public void Themes_NoTargetNoPrevious_HaveNoGapOrChange()
    {
        var themes = Insights.Themes(CurrentResult(), new Dictionary<string, int>(), null);

        Assert.All(themes, t =>
        {
            Assert.Null(t.Target);
            Assert.Null(t.Gap);
            Assert.Null(t.Previous);
            Assert.Null(t.Change);
        });
    }

    [Fact]
    public void Themes_PreviousSuppressed_HasNoChange()
    {
        var earlier = Result(Earlier, Group(Earlier, GroupDimension.All, 0, [1.0, null, 2.0], [2.0, 1.0, 4.0]));

        var a = Insights.Themes(CurrentResult(), Targets, earlier)[0];

        Assert.Null(a.Previous);
        Assert.Null(a.Change);
    }

    [Fact]
    public void Themes_Departments_CarrySpread()
    {
        var themes = Insights.Themes(CurrentResult(), Targets, null);

        Assert.Equal(new DepartmentSpread(0, 1.0, 1, 3.0), themes[0].Spread);
        Assert.Null(themes[1].Spread); // only department 0 scores B
    }

    [Fact]
    public void Questions_UseThemeTargetAndMatchPreviousById()
    {
        var questions = Insights.Questions(CurrentResult(), Targets, EarlierResult());

        Assert.Equal(["q1", "q2", "q3", "q4"], questions.Select(q => q.Id));
        Assert.Equal(["A", "B", "C", "A"], questions.Select(q => q.ThemeId));
        Assert.All(questions, q => Assert.Equal(NodeLevel.Question, q.Level));

        var q1 = questions[0];
        Assert.Equal(4, q1.Target);
        Assert.Equal(2.5, q1.Gap!.Value, Tolerance);
        Assert.Equal(1.0, q1.Previous); // q1 was second in the earlier framework
        Assert.Equal(0.5, q1.Change!.Value, Tolerance);
        Assert.Equal(0.8, q1.StandardDeviation);

        var q4 = questions[3];
        Assert.Equal(3, q4.Index);
        Assert.Equal(1.5, q4.Gap!.Value, Tolerance);
        Assert.Equal(2.0, q4.Previous);
        Assert.Equal(0.5, q4.Change!.Value, Tolerance);

        Assert.Null(questions[1].Previous); // q2 did not exist
        Assert.Equal(-0.5, questions[1].Gap!.Value, Tolerance);
        Assert.Null(questions[2].Score);
        Assert.Null(questions[2].Gap);
    }

    [Fact]
    public void Questions_Departments_CarrySpread()
    {
        var questions = Insights.Questions(CurrentResult(), Targets, null);

        Assert.Equal(new DepartmentSpread(0, 1.0, 1, 2.5), questions[0].Spread);
        Assert.Null(questions[2].Spread);
    }

    [Fact]
    public void Themes_RealAnalysis_MatchesThemeNodes()
    {
        var result = MaturityAnalysis.Run(SmallCampaign.Build(), new AnalysisOptions { Resamples = 50 });

        var themes = Insights.Themes(result, new Dictionary<string, int>(StringComparer.Ordinal) { ["T1"] = 4 }, result);

        Assert.Equal(result.All.Themes[0].Score, themes[0].Score);
        Assert.Equal(4 - result.All.Themes[0].Score!.Value, themes[0].Gap!.Value, Tolerance);
        Assert.Equal(0.0, themes[0].Change!.Value, Tolerance);
        Assert.Equal(result.SpreadAcrossDepartments(NodeLevel.Theme, 0), themes[0].Spread);
    }

    private static NodeInsight Theme(string id, double? score, int? target, double? sd = 0.5) =>
        new(NodeLevel.Theme, 0, id, id, score, target, null, sd, null, null);

    private static NodeInsight Question(string id, double? sd, double? range = null) =>
        new(NodeLevel.Question, 0, id, "T", 3.0, null, null, sd, null, range is { } r ? new DepartmentSpread(0, 1.0, 1, 1.0 + r) : null);

    [Fact]
    public void Suggest_ThemesAtOrAboveTargetWithLowDeviation_AreStrengths()
    {
        NodeInsight[] themes =
        [
            Theme("above", 4.0, 3, 0.5),
            Theme("at-target-max-sd", 3.0, 3, 1.0),
            Theme("too-spread", 4.5, 3, 1.01),
            Theme("below", 2.9, 3, 0.1),
            Theme("no-sd", 4.0, 3, null),
            Theme("suppressed", null, 3, null),
        ];

        var strengths = Insights.Suggest(themes, [], overallScore: null).Where(s => s.Kind == FindingKind.Strength).ToList();

        Assert.Equal(["strength:above", "strength:at-target-max-sd"], strengths.Select(s => s.Key));
        Assert.Equal(4.0, strengths[0].Value);
        Assert.Equal(NodeLevel.Theme, strengths[0].Level);
        Assert.Equal("above", strengths[0].Id);
        Assert.Equal("above", strengths[0].ThemeId);
    }

    [Fact]
    public void Suggest_ThemeWithoutTarget_IsStrengthHalfALevelAboveOverall()
    {
        NodeInsight[] themes =
        [
            Theme("well-above", 5.0, null),
            Theme("exactly-half", 4.5, null),
            Theme("just-below", 4.4, null),
        ];

        var withOverall = Insights.Suggest(themes, [], overallScore: 4.0);
        var withoutOverall = Insights.Suggest(themes, [], overallScore: null);

        Assert.Equal(["strength:well-above", "strength:exactly-half"], withOverall.Select(s => s.Key));
        Assert.Empty(withoutOverall);
    }

    [Fact]
    public void Suggest_ManyStrengths_KeepsThreeHighest()
    {
        NodeInsight[] themes =
        [
            Theme("s3", 3.0, 1),
            Theme("s5", 5.0, 1),
            Theme("s2", 2.0, 1),
            Theme("s4", 4.0, 1),
        ];

        var strengths = Insights.Suggest(themes, [], null);

        Assert.Equal(["strength:s5", "strength:s4", "strength:s3"], strengths.Select(s => s.Key));
        Assert.Equal([5.0, 4.0, 3.0], strengths.Select(s => s.Value));
    }

    [Fact]
    public void Suggest_ThemesAtLeastOneLevelBelowTarget_AreOpportunitiesLargestGapFirst()
    {
        NodeInsight[] themes =
        [
            Theme("gap-one", 3.0, 4, 2.0),
            Theme("gap-half", 3.5, 4, 2.0),
            Theme("gap-three", 2.0, 5, 2.0),
            Theme("no-target", 1.0, null, 2.0),
            Theme("suppressed", null, 5, 2.0),
            Theme("gap-two", 1.5, 4, 2.0),
        ];

        var opportunities = Insights.Suggest(themes, [], null);

        Assert.All(opportunities, o => Assert.Equal(FindingKind.Opportunity, o.Kind));
        Assert.Equal(["opportunity:gap-three", "opportunity:gap-two", "opportunity:gap-one"], opportunities.Select(s => s.Key));
        Assert.Equal([3.0, 2.5, 1.0], opportunities.Select(s => s.Value));
    }

    [Fact]
    public void Suggest_ManyOpportunities_KeepsThemAll()
    {
        var themes = Enumerable.Range(0, 7).Select(i => Theme("t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1.0, 5, 2.0)).ToArray();

        Assert.Equal(7, Insights.Suggest(themes, [], null).Count(s => s.Kind == FindingKind.Opportunity));
    }

    [Fact]
    public void Suggest_WideDeviationOrDepartmentRange_IsDisagreement()
    {
        NodeInsight[] questions =
        [
            Question("sd-at-threshold", 1.2),
            Question("sd-below", 1.19),
            Question("range-at-threshold", 0.5, 1.5),
            Question("range-below", 0.5, 1.4),
            Question("range-only", null, 2.0),
            Question("no-data", null),
        ];

        var disagreements = Insights.Suggest([], questions, null);

        Assert.All(disagreements, d => Assert.Equal(FindingKind.Disagreement, d.Kind));
        Assert.All(disagreements, d => Assert.Equal(NodeLevel.Question, d.Level));
        Assert.Equal(["disagreement:range-only", "disagreement:sd-at-threshold", "disagreement:range-at-threshold"], disagreements.Select(s => s.Key));
        Assert.Equal([0.0, 1.2, 0.5], disagreements.Select(s => s.Value));
        Assert.Equal("T", disagreements[0].ThemeId);
    }

    [Fact]
    public void Suggest_ManyDisagreements_KeepsFiveWidest()
    {
        NodeInsight[] questions =
        [
            Question("sd-1.3", 1.3),
            Question("sd-2.0", 2.0),
            Question("range-3.0", 0.2, 3.0), // ranks as 2.4
            Question("sd-1.25", 1.25),
            Question("sd-1.5", 1.5),
            Question("sd-1.4", 1.4),
        ];

        var disagreements = Insights.Suggest([], questions, null);

        Assert.Equal(["range-3.0", "sd-2.0", "sd-1.5", "sd-1.4", "sd-1.3"], disagreements.Select(s => s.Id));
    }

    [Fact]
    public void Suggest_AllKinds_ListsStrengthsThenOpportunitiesThenDisagreements()
    {
        NodeInsight[] themes = [Theme("weak", 1.0, 4), Theme("strong", 4.0, 3)];
        NodeInsight[] questions = [Question("split", 1.5)];

        var suggestions = Insights.Suggest(themes, questions, 2.5);

        Assert.Equal([FindingKind.Strength, FindingKind.Opportunity, FindingKind.Disagreement], suggestions.Select(s => s.Kind));
        Assert.Equal(["strength:strong", "opportunity:weak", "disagreement:split"], suggestions.Select(s => s.Key));
    }

    [Fact]
    public void Suggest_Nothing_ReturnsEmpty()
    {
        Assert.Empty(Insights.Suggest([], [], 3.0));
    }
}
