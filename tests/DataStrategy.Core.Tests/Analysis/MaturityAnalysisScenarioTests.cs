using DataStrategy.Core.Analysis;
using static DataStrategy.Core.Tests.Analysis.SmallCampaign;

namespace DataStrategy.Core.Tests.Analysis;

/// <summary>The engine on the hand-built <see cref="SmallCampaign"/>; every expected number is worked out by hand.</summary>
public class MaturityAnalysisScenarioTests
{
    private const double Tolerance = 1e-9;

    private static AnalysisResult Run(int k = 3, RollUpRule? rule = null, RespondentFilter? filter = null, bool breakdowns = true) =>
        MaturityAnalysis.Run(Build(), new AnalysisOptions { MinGroupSize = k, Rule = rule ?? RollUpRule.Default, Resamples = 200, Breakdowns = breakdowns }, filter);

    private static void AssertHidden(NodeStatistics node)
    {
        Assert.True(node.Suppressed, $"{node.Id} should be suppressed.");
        Assert.Equal(0, node.Respondents);
        Assert.Equal(0, node.Answers);
        Assert.Equal(0, node.DontKnow);
        Assert.Equal(0, node.NotApplicable);
        Assert.Null(node.Mean);
        Assert.Null(node.Median);
        Assert.Null(node.Min);
        Assert.Null(node.Max);
        Assert.Null(node.StandardDeviation);
        Assert.Null(node.InterquartileRange);
        Assert.Null(node.CiLow);
        Assert.Null(node.CiHigh);
        Assert.Null(node.DontKnowShare);
        Assert.Null(node.Score);
        Assert.Empty(node.Distribution);
    }

    [Fact]
    public void Run_Everyone_QuestionCountsAndDistributions()
    {
        var all = Run().All;

        var q1 = all.Questions[0];
        Assert.Equal("q1", q1.Id);
        Assert.False(q1.Suppressed);
        Assert.Equal(6, q1.Respondents);
        Assert.Equal(6, q1.Answers);
        Assert.Equal(0, q1.DontKnow);
        Assert.Equal(0, q1.NotApplicable);
        Assert.Equal([1, 2, 1, 1, 1], q1.Distribution);

        var q2 = all.Questions[1];
        Assert.Equal(4, q2.Answers);
        Assert.Equal(2, q2.DontKnow);
        Assert.Equal(0, q2.NotApplicable);
        Assert.Equal([0, 2, 1, 1, 0], q2.Distribution);

        var q3 = all.Questions[2];
        Assert.Equal(4, q3.Answers);
        Assert.Equal(0, q3.DontKnow);
        Assert.Equal(2, q3.NotApplicable);
        Assert.Equal([1, 1, 1, 1, 0], q3.Distribution);

        var q4 = all.Questions[3];
        Assert.Equal(4, q4.Answers);
        Assert.Equal(1, q4.DontKnow);
        Assert.Equal(1, q4.NotApplicable);
        Assert.Equal([0, 1, 1, 1, 1], q4.Distribution);
    }

    [Fact]
    public void Run_Everyone_QuestionStatistics()
    {
        var q = Run().All.Questions;

        // q1: 1, 2, 2, 3, 4, 5.
        Assert.Equal(17.0 / 6, q[0].Mean!.Value, Tolerance);
        Assert.Equal(2.5, q[0].Median!.Value, Tolerance);
        Assert.Equal(1, q[0].Min);
        Assert.Equal(5, q[0].Max);
        Assert.Equal(Math.Sqrt((59 - (17.0 * 17 / 6)) / 5), q[0].StandardDeviation!.Value, Tolerance);
        Assert.Equal(1.75, q[0].InterquartileRange!.Value, Tolerance); // Q1 = 2, Q3 = 3.75
        Assert.Equal(17.0 / 6, q[0].Score!.Value, Tolerance);

        // q2: 2, 2, 3, 4 and two don't know.
        Assert.Equal(2.75, q[1].Mean!.Value, Tolerance);
        Assert.Equal(2.5, q[1].Median!.Value, Tolerance);
        Assert.Equal(2, q[1].Min);
        Assert.Equal(4, q[1].Max);

        // q3: 3, 4, 2, 1 and two not applicable.
        Assert.Equal(2.5, q[2].Mean!.Value, Tolerance);
        Assert.Equal(2.5, q[2].Median!.Value, Tolerance);

        // q4: DK, 4, 5, 2, NA, 3.
        Assert.Equal(3.5, q[3].Mean!.Value, Tolerance);
        Assert.Equal(3.5, q[3].Median!.Value, Tolerance);
        Assert.Equal(2, q[3].Min);
        Assert.Equal(5, q[3].Max);
    }

    [Fact]
    public void Run_Everyone_DontKnowShareExcludesNotApplicable()
    {
        var q = Run().All.Questions;

        Assert.Equal(0.0, q[0].DontKnowShare!.Value, Tolerance);
        Assert.Equal(2.0 / 6, q[1].DontKnowShare!.Value, Tolerance);
        Assert.Equal(0.0, q[2].DontKnowShare!.Value, Tolerance);
        Assert.Equal(1.0 / 5, q[3].DontKnowShare!.Value, Tolerance);
    }

    [Fact]
    public void Run_Everyone_ThemesPoolAnswersAndCountRespondentsGivingALevel()
    {
        var result = Run();
        var t1 = result.All.Themes[0];
        var t2 = result.All.Themes[1];

        Assert.Equal("T1", t1.Id);
        Assert.Equal(6, t1.Respondents);
        Assert.Equal(10, t1.Answers);
        Assert.Equal(2, t1.DontKnow);
        Assert.Equal([1, 4, 2, 2, 1], t1.Distribution);
        Assert.Equal(2.8, t1.Mean!.Value, Tolerance);
        Assert.Equal(2.0 / 12, t1.DontKnowShare!.Value, Tolerance);
        Assert.Equal(((17.0 / 6) + 2.75) / 2, t1.Score!.Value, Tolerance);

        // r4 answered T2 only with "not applicable": not a respondent of T2.
        Assert.Equal("T2", t2.Id);
        Assert.Equal(5, t2.Respondents);
        Assert.Equal(8, t2.Answers);
        Assert.Equal(1, t2.DontKnow);
        Assert.Equal(3, t2.NotApplicable);
        Assert.Equal([1, 2, 2, 2, 1], t2.Distribution);
        Assert.Equal(3.0, t2.Mean!.Value, Tolerance);
        Assert.Equal(1.0 / 9, t2.DontKnowShare!.Value, Tolerance);
        Assert.Equal(3.0, t2.Score!.Value, Tolerance);
    }

    [Fact]
    public void Run_Everyone_TopicsAndOverall()
    {
        var all = Run().All;

        Assert.Equal("P1", all.Topics[0].Id);
        Assert.Equal(6, all.Topics[0].Respondents);
        Assert.Equal([1, 4, 2, 2, 1], all.Topics[0].Distribution);
        Assert.Equal("P2", all.Topics[1].Id);
        Assert.Equal(4, all.Topics[1].Respondents);
        Assert.Equal([1, 1, 1, 1, 0], all.Topics[1].Distribution);
        Assert.Equal(2.5, all.Topics[1].Score!.Value, Tolerance);

        Assert.Equal(6, all.Respondents);
        Assert.Equal(6, all.Overall.Respondents);
        Assert.Equal(18, all.Overall.Answers);
        Assert.Equal([2, 6, 4, 4, 2], all.Overall.Distribution);
        Assert.Equal(52.0 / 18, all.Overall.Mean!.Value, Tolerance);
        Assert.Equal(((17.0 / 6) + 2.75 + 2.5 + 3.5) / 4, all.Overall.Score!.Value, Tolerance);
        Assert.Equal(3.0 / 21, all.Overall.DontKnowShare!.Value, Tolerance);
        Assert.False(all.Suppressed);
        Assert.Equal(GroupDimension.All, all.Dimension);
    }

    [Fact]
    public void Run_Everyone_ConfidenceIntervalsBracketTheMean()
    {
        foreach (var node in AnalysisTestData.Nodes(Run().All))
        {
            Assert.NotNull(node.CiLow);
            Assert.NotNull(node.CiHigh);
            Assert.InRange(node.Mean!.Value, node.CiLow!.Value, node.CiHigh!.Value);
        }
    }

    [Theory]
    [InlineData(RollUpKind.Median, 0.8, 2.5, 3.0, 2.5)] // medians 2.5, 2.5 | 2.5, 3.5
    [InlineData(RollUpKind.MinimumLevelMet, 0.8, 2.0, 2.0, 2.0)]
    [InlineData(RollUpKind.ShareAtLevel, 0.5, 2.0, 3.0, 2.0)] // T2: one of two medians ≥ 3
    [InlineData(RollUpKind.ShareAtLevel, 0.25, 2.0, 3.0, 3.0)] // overall: one of four ≥ 3
    public void Run_MedianBasedRules_RollUpQuestionMedians(RollUpKind kind, double threshold, double t1, double t2, double overall)
    {
        var all = Run(rule: new RollUpRule(kind, threshold)).All;

        Assert.Equal(2.5, all.Questions[0].Score!.Value, Tolerance);
        Assert.Equal(3.5, all.Questions[3].Score!.Value, Tolerance);
        Assert.Equal(t1, all.Themes[0].Score!.Value, Tolerance);
        Assert.Equal(t2, all.Themes[1].Score!.Value, Tolerance);
        Assert.Equal(overall, all.Overall.Score!.Value, Tolerance);
    }

    [Fact]
    public void Run_InvalidRule_Throws()
    {
        Assert.Throws<ArgumentException>(() => Run(rule: new RollUpRule(RollUpKind.ShareAtLevel, 0)));
    }

    [Fact]
    public void Run_DepartmentBreakdown_SuppressesQuestionsUnderK()
    {
        var finance = Run().Departments[Finance];

        Assert.Equal(GroupDimension.Department, finance.Dimension);
        Assert.Equal(Finance, finance.Index);
        Assert.Equal(3, finance.Respondents);
        Assert.False(finance.Questions[0].Suppressed);
        Assert.Equal(2.0, finance.Questions[0].Mean!.Value, Tolerance);
        Assert.Equal([1, 1, 1, 0, 0], finance.Questions[0].Distribution);

        // q2, q3 and q4 have two levels each in finance.
        AssertHidden(finance.Questions[1]);
        AssertHidden(finance.Questions[2]);
        AssertHidden(finance.Questions[3]);
    }

    [Fact]
    public void Run_DepartmentBreakdown_ThemeScoreUsesShownQuestionsOnly()
    {
        var finance = Run().Departments[Finance];

        // T1 has q1 and q2 (1, 2, 3 and 2, 2), but only q1 is shown, so only q1 pools and scores:
        // q2's hidden counts cannot be recovered as the difference between T1 and q1.
        Assert.Equal(3, finance.Themes[0].Respondents);
        Assert.Equal([1, 1, 1, 0, 0], finance.Themes[0].Distribution);
        Assert.Equal(2.0, finance.Themes[0].Mean!.Value, Tolerance);
        Assert.Equal(2.0, finance.Themes[0].Score!.Value, Tolerance);

        // T2 has three respondents but no shown question: nothing is shown.
        AssertHidden(finance.Themes[1]);
    }

    [Fact]
    public void Run_DepartmentBreakdown_SuppressesThemeUnderK()
    {
        var urbanism = Run().Departments[Urbanism];

        Assert.Equal(3, urbanism.Respondents);
        Assert.Equal(11.0 / 3, urbanism.Questions[0].Mean!.Value, Tolerance);
        Assert.Equal(11.0 / 3, urbanism.Themes[0].Score!.Value, Tolerance);

        // Only r3 and r5 gave a level in T2 (r4: not applicable twice).
        AssertHidden(urbanism.Themes[1]);
        AssertHidden(urbanism.Topics[1]);
    }

    [Fact]
    public void Run_LowerK_ShowsSmallGroups()
    {
        var finance = Run(k: 2).Departments[Finance];

        Assert.False(finance.Questions[1].Suppressed);
        Assert.Equal(2, finance.Questions[1].Respondents);
        Assert.Equal(2.0, finance.Questions[1].Mean!.Value, Tolerance);
        Assert.Equal(1.0 / 3, finance.Questions[1].DontKnowShare!.Value, Tolerance);
        Assert.Equal(2.0, finance.Themes[0].Score!.Value, Tolerance); // (2 + 2) / 2
    }

    [Fact]
    public void Run_KAboveEveryone_SuppressesEverything()
    {
        var result = Run(k: 7);

        foreach (var group in AnalysisTestData.Groups(result))
        {
            Assert.True(group.Suppressed);
            Assert.Equal(0, group.Respondents);
            foreach (var node in AnalysisTestData.Nodes(group))
            {
                AssertHidden(node);
            }
        }
    }

    [Fact]
    public void Run_DepartmentKindBreakdown_MatchesDepartmentsAndHidesEmptyKinds()
    {
        var result = Run();

        Assert.Equal(AnalysisData.KindCount, result.DepartmentKinds.Count);
        Assert.Equal(2.0, result.DepartmentKinds[0].Questions[0].Mean!.Value, Tolerance);
        Assert.Equal(11.0 / 3, result.DepartmentKinds[1].Questions[0].Mean!.Value, Tolerance);
        Assert.Equal(GroupDimension.DepartmentKind, result.DepartmentKinds[1].Dimension);
        Assert.Equal(1, result.DepartmentKinds[1].Index);
        for (var kind = 2; kind < AnalysisData.KindCount; kind++)
        {
            Assert.True(result.DepartmentKinds[kind].Suppressed);
            AssertHidden(result.DepartmentKinds[kind].Overall);
        }
    }

    [Fact]
    public void Run_RespondentTypeBreakdown_SplitsSurveyAndInterview()
    {
        var result = Run();

        Assert.Equal(AnalysisData.KindCount, result.RespondentTypes.Count);

        // Survey: r1, r2, r4, r5 — q1 levels 2, 3, 5, 2.
        var survey = result.RespondentTypes[Survey];
        Assert.Equal(GroupDimension.RespondentType, survey.Dimension);
        Assert.Equal(4, survey.Respondents);
        Assert.Equal(3.0, survey.Questions[0].Mean!.Value, Tolerance);
        Assert.Equal([0, 2, 1, 0, 1], survey.Questions[0].Distribution);

        // Interview: r0 and r3 only, under k = 3.
        var interview = result.RespondentTypes[Interview];
        Assert.True(interview.Suppressed);
        Assert.Equal(0, interview.Respondents);
        Assert.All(AnalysisTestData.Nodes(interview), AssertHidden);
    }

    [Fact]
    public void Run_FilterByDepartment_CoversOnlyThatDepartment()
    {
        var result = Run(filter: new RespondentFilter(Department: Urbanism));

        Assert.Equal(3, result.All.Respondents);
        Assert.Equal(11.0 / 3, result.All.Questions[0].Mean!.Value, Tolerance);
        Assert.Equal([0, 1, 0, 1, 1], result.All.Questions[0].Distribution);
        Assert.True(result.Departments[Finance].Suppressed);
        Assert.Equal(0, result.Departments[Finance].Overall.Respondents);
        Assert.Equal(3, result.Departments[Urbanism].Respondents);
    }

    [Fact]
    public void Run_FilterByDepartmentKind_CoversDepartmentsOfThatKind()
    {
        var result = Run(filter: new RespondentFilter(DepartmentKind: 0));

        Assert.Equal(3, result.All.Respondents);
        Assert.Equal(2.0, result.All.Questions[0].Mean!.Value, Tolerance);
        Assert.Equal(Run().Departments[Finance].Questions[0].Distribution, result.All.Questions[0].Distribution);
    }

    [Fact]
    public void Run_FilterByRespondentType_CoversInterviewsOnly()
    {
        var result = Run(k: 1, filter: new RespondentFilter(RespondentType: Interview));

        // r0 and r3: q1 levels 1 and 4, q4 don't know and 2.
        Assert.Equal(2, result.All.Respondents);
        Assert.Equal(2.5, result.All.Questions[0].Mean!.Value, Tolerance);
        Assert.Equal(1, result.All.Questions[3].Answers);
        Assert.Equal(1, result.All.Questions[3].DontKnow);
        Assert.Equal(0.5, result.All.Questions[3].DontKnowShare!.Value, Tolerance);
        Assert.Equal(new RespondentFilter(RespondentType: Interview), result.Filter);
    }

    [Fact]
    public void Run_CombinedFilterMatchingNobody_SuppressesEverything()
    {
        var result = Run(k: 1, filter: new RespondentFilter(Department: Finance, DepartmentKind: 1));

        Assert.True(result.All.Suppressed);
        Assert.All(AnalysisTestData.Nodes(result.All), AssertHidden);
    }

    [Fact]
    public void Run_WithoutBreakdowns_ReturnsOnlyEveryone()
    {
        var result = Run(breakdowns: false);

        Assert.Empty(result.Departments);
        Assert.Empty(result.DepartmentKinds);
        Assert.Empty(result.RespondentTypes);
        Assert.Equal(17.0 / 6, result.All.Questions[0].Mean!.Value, Tolerance);
        var withBreakdowns = Run().All.Overall;
        Assert.Equal(withBreakdowns with { Distribution = [] }, result.All.Overall with { Distribution = [] });
        Assert.Equal(withBreakdowns.Distribution, result.All.Overall.Distribution);
    }

    [Fact]
    public void Run_RespondentWithoutDepartment_CountsInEveryoneAndTypeOnly()
    {
        var builder = new AnalysisDataBuilder(Structure(), 5);
        builder.AddDepartment("finance", 0);
        for (var r = 0; r < 3; r++)
        {
            var respondent = builder.AddRespondent(-1, Survey);
            builder.AddAnswer(respondent, "q1", r + 1);
        }

        var result = MaturityAnalysis.Run(builder.Build(), new AnalysisOptions { MinGroupSize = 1, Resamples = 50 });

        Assert.Equal(3, result.All.Respondents);
        Assert.Equal(3, result.RespondentTypes[Survey].Respondents);
        Assert.True(result.Departments[0].Suppressed);
        Assert.All(result.DepartmentKinds, g => Assert.True(g.Suppressed));
    }

    [Fact]
    public void Builder_UnknownQuestionAndOffScaleLevel_AreIgnoredAndCounted()
    {
        var builder = new AnalysisDataBuilder(Structure(), 5);
        var respondent = builder.AddRespondent(-1, Survey);

        builder.AddAnswer(respondent, "q1", 3);
        builder.AddAnswer(respondent, "nope", 3);
        builder.AddAnswer(respondent, "q2", 6);
        builder.AddAnswer(respondent, "q3", -2);
        builder.AddAnswer(respondent + 1, 0, 2);

        Assert.Equal(4, builder.Ignored);
        Assert.Equal(1, builder.Build().AnswerCount);
    }

    [Fact]
    public void Structure_QuestionWithUnknownThemeOrTopic_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AnalysisStructure(["T1"], [], [("q1", "T9", null)]));
        Assert.Throws<ArgumentException>(() => new AnalysisStructure(["T1"], ["P1"], [("q1", "T1", "P9")]));
    }

    [Fact]
    public void Structure_Questions_MapToThemeTopicAndIndex()
    {
        var structure = Structure();

        Assert.Equal(1, structure.ThemeOf(2));
        Assert.Equal(1, structure.TopicOf(2));
        Assert.Equal(-1, structure.TopicOf(3));
        Assert.Equal(3, structure.QuestionIndex["q4"]);
    }

    [Fact]
    public void SpreadAcrossDepartments_TwoShownDepartments_ReturnsLowestAndHighest()
    {
        var result = Run();

        var question = result.SpreadAcrossDepartments(NodeLevel.Question, 0);
        var theme = result.SpreadAcrossDepartments(NodeLevel.Theme, 0);

        Assert.NotNull(question);
        Assert.Equal(Finance, question.Lowest);
        Assert.Equal(2.0, question.LowestScore, Tolerance);
        Assert.Equal(Urbanism, question.Highest);
        Assert.Equal(11.0 / 3, question.HighestScore, Tolerance);
        Assert.Equal(5.0 / 3, question.Range, Tolerance);
        Assert.NotNull(theme);
        Assert.Equal(5.0 / 3, theme.Range, Tolerance);
    }

    [Fact]
    public void SpreadAcrossDepartments_UnderTwoScoredDepartments_ReturnsNull()
    {
        var result = Run();

        Assert.Null(result.SpreadAcrossDepartments(NodeLevel.Question, 1)); // suppressed in both
        Assert.Null(result.SpreadAcrossDepartments(NodeLevel.Theme, 1)); // no score in finance, suppressed in urbanism
        Assert.Null(Run(breakdowns: false).SpreadAcrossDepartments(NodeLevel.Question, 0));
    }

    [Fact]
    public void SpreadAcrossDepartments_ManyDepartments_PicksExtremes()
    {
        // Four departments of three respondents; q1 levels by department: 2, 4, 1, 3.
        var builder = new AnalysisDataBuilder(Structure(), 5);
        int[] levels = [2, 4, 1, 3];
        for (var d = 0; d < levels.Length; d++)
        {
            var department = builder.AddDepartment("d" + d.ToString(System.Globalization.CultureInfo.InvariantCulture), 0);
            for (var r = 0; r < 3; r++)
            {
                builder.AddAnswer(builder.AddRespondent(department, Survey), "q1", levels[d]);
            }
        }

        var spread = MaturityAnalysis.Run(builder.Build(), new AnalysisOptions { Resamples = 50 }).SpreadAcrossDepartments(NodeLevel.Question, 0);

        Assert.Equal(new DepartmentSpread(2, 1.0, 1, 4.0), spread);
        Assert.Equal(3.0, spread!.Range, Tolerance);
    }
}
