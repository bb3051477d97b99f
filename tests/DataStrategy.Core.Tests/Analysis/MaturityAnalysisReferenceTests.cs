using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

/// <summary>
/// The engine against an independent computation: every statistic of every node in every group of
/// a generated campaign is recomputed from the raw answer list with LINQ.
/// </summary>
public class MaturityAnalysisReferenceTests
{
    private const double Tolerance = 1e-9;
    private const int K = 3;

    private static readonly Lazy<TestCampaign> Campaign = new(() => AddTinyDepartment(AnalysisTestData.Generate(seed: 1234, respondents: 300, questions: 20)));

    /// <summary>Adds a department of two respondents so that whole groups fall under k.</summary>
    private static TestCampaign AddTinyDepartment(TestCampaign campaign)
    {
        var kinds = campaign.DepartmentKinds.Append(5).ToList();
        var people = campaign.Respondents.ToList();
        var answers = campaign.Answers.ToList();
        for (var i = 0; i < 2; i++)
        {
            people.Add((kinds.Count - 1, 4));
            for (var q = 0; q < campaign.Structure.QuestionIds.Count; q++)
            {
                answers.Add(new RawAnswer(people.Count - 1, q, 1 + ((i + q) % campaign.MaxLevel)));
            }
        }

        return new TestCampaign { Structure = campaign.Structure, MaxLevel = campaign.MaxLevel, DepartmentKinds = kinds, Respondents = people, Answers = answers };
    }

    public static TheoryData<RollUpKind> Rules() => [RollUpKind.Mean, RollUpKind.Median];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Run_GeneratedCampaign_EveryGroupMatchesIndependentComputation(RollUpKind kind)
    {
        var campaign = Campaign.Value;
        var result = MaturityAnalysis.Run(campaign.Build(), new AnalysisOptions { MinGroupSize = K, Rule = new RollUpRule(kind), Resamples = 100 });

        var groups = new List<(string Name, GroupResult Group, Func<int, bool> Member)>
        {
            ("all", result.All, _ => true),
        };
        for (var d = 0; d < campaign.DepartmentKinds.Count; d++)
        {
            var department = d;
            groups.Add(($"department {d}", result.Departments[d], r => campaign.Respondents[r].Department == department));
        }

        for (var k = 0; k < AnalysisData.KindCount; k++)
        {
            var kindIndex = k;
            groups.Add(($"department kind {k}", result.DepartmentKinds[k], r => campaign.DepartmentKindOf(r) == kindIndex));
            groups.Add(($"respondent type {k}", result.RespondentTypes[k], r => campaign.Respondents[r].Type == kindIndex));
        }

        Assert.Equal(campaign.DepartmentKinds.Count, result.Departments.Count);
        foreach (var (name, group, member) in groups)
        {
            AssertGroup(campaign, kind == RollUpKind.Median, group, campaign.Answers.Where(a => member(a.Respondent)).ToList(), name);
        }

        // The generated campaign must exercise both shown and suppressed groups.
        Assert.Contains(groups, g => g.Group.Suppressed);
        Assert.True(result.Departments[^1].Suppressed);
        Assert.True(groups.Count(g => !g.Group.Suppressed) >= 8);
    }

    [Fact]
    public void Run_GeneratedCampaignFilteredByDepartment_MatchesDepartmentBreakdown()
    {
        var campaign = Campaign.Value;
        var data = campaign.Build();
        var options = new AnalysisOptions { MinGroupSize = K, Resamples = 100 };
        var full = MaturityAnalysis.Run(data, options);

        for (var d = 0; d < campaign.DepartmentKinds.Count; d++)
        {
            var filtered = MaturityAnalysis.Run(data, options, new RespondentFilter(Department: d));

            var department = d;
            AssertGroup(campaign, false, filtered.All, campaign.Answers.Where(a => campaign.Respondents[a.Respondent].Department == department).ToList(), $"filter department {d}");
            Assert.Equal(full.Departments[d].Respondents, filtered.All.Respondents);
            for (var q = 0; q < campaign.Structure.QuestionIds.Count; q++)
            {
                Assert.Equal(full.Departments[d].Questions[q].Mean, filtered.All.Questions[q].Mean);
                Assert.Equal(full.Departments[d].Questions[q].Distribution, filtered.All.Questions[q].Distribution);
            }
        }
    }

    [Fact]
    public void Run_TwoRuns_GiveIdenticalIntervals()
    {
        var data = Campaign.Value.Build();
        var options = new AnalysisOptions { MinGroupSize = K, Resamples = 300 };

        var first = MaturityAnalysis.Run(data, options);
        var second = MaturityAnalysis.Run(Campaign.Value.Build(), options);

        var a = AnalysisTestData.Groups(first).SelectMany(AnalysisTestData.Nodes).ToList();
        var b = AnalysisTestData.Groups(second).SelectMany(AnalysisTestData.Nodes).ToList();
        Assert.Equal(a.Count, b.Count);
        Assert.Contains(a, n => n.CiLow is not null);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].CiLow, b[i].CiLow);
            Assert.Equal(a[i].CiHigh, b[i].CiHigh);
        }
    }

    [Fact]
    public void Run_OtherSeed_GivesOtherIntervals()
    {
        var data = Campaign.Value.Build();

        var first = MaturityAnalysis.Run(data, new AnalysisOptions { Resamples = 300, Seed = 1 });
        var second = MaturityAnalysis.Run(data, new AnalysisOptions { Resamples = 300, Seed = 2 });

        Assert.NotEqual(first.All.Overall.CiLow, second.All.Overall.CiLow);
        Assert.Equal(first.All.Overall.Mean, second.All.Overall.Mean);
    }

    [Fact]
    public void Run_WithoutBreakdowns_KeepsIntervalsOfEveryone()
    {
        // A group's intervals depend on its seed and its counts only, not on the other groups.
        var data = Campaign.Value.Build();
        var options = new AnalysisOptions { Resamples = 300 };

        var withBreakdowns = MaturityAnalysis.Run(data, options);
        var without = MaturityAnalysis.Run(data, new AnalysisOptions { Resamples = 300, Breakdowns = false });

        Assert.Equal(withBreakdowns.All.Themes[0].CiLow, without.All.Themes[0].CiLow);
        Assert.Equal(withBreakdowns.All.Questions[7].CiHigh, without.All.Questions[7].CiHigh);
    }

    private static void AssertGroup(TestCampaign campaign, bool median, GroupResult group, List<RawAnswer> answers, string name)
    {
        var structure = campaign.Structure;
        var questionCount = structure.QuestionIds.Count;
        var questionScores = new double?[questionCount];
        for (var q = 0; q < questionCount; q++)
        {
            var question = q;
            var expected = Reference(answers.Where(a => a.Question == question).ToList(), campaign.MaxLevel);
            questionScores[q] = expected is null ? null : median ? expected.Median : expected.Mean;
            AssertNode(expected, questionScores[q], group.Questions[q], $"{name}, question {q}");
        }

        for (var t = 0; t < structure.ThemeIds.Count; t++)
        {
            var theme = t;
            var inTheme = Enumerable.Range(0, questionCount).Where(q => structure.ThemeOf(q) == theme).ToList();
            AssertPooled(campaign, median, answers, inTheme, questionScores, group.Themes[t], $"{name}, theme {t}");
        }

        for (var t = 0; t < structure.TopicIds.Count; t++)
        {
            var topic = t;
            var inTopic = Enumerable.Range(0, questionCount).Where(q => structure.TopicOf(q) == topic).ToList();
            AssertPooled(campaign, median, answers, inTopic, questionScores, group.Topics[t], $"{name}, topic {t}");
        }

        AssertPooled(campaign, median, answers, Enumerable.Range(0, questionCount).ToList(), questionScores, group.Overall, $"{name}, overall");
        Assert.Equal(group.Overall.Suppressed ? 0 : answers.Where(a => a.Value > 0).Select(a => a.Respondent).Distinct().Count(), group.Respondents);
    }

    private static void AssertPooled(TestCampaign campaign, bool median, List<RawAnswer> answers, List<int> questions, double?[] questionScores, NodeStatistics actual, string context)
    {
        var expected = Reference(answers.Where(a => questions.Contains(a.Question)).ToList(), campaign.MaxLevel);
        var scores = questions.Where(q => questionScores[q] is not null).Select(q => questionScores[q]!.Value).ToList();
        double? score = scores.Count == 0 ? null : median ? Median(scores) : scores.Average();
        AssertNode(expected, score, actual, context);
    }

    private static void AssertNode(Expected? expected, double? score, NodeStatistics actual, string context)
    {
        if (expected is null)
        {
            Assert.True(actual.Suppressed, $"{context}: should be suppressed.");
            Assert.Null(actual.Mean);
            Assert.Null(actual.Score);
            Assert.Empty(actual.Distribution);
            return;
        }

        Assert.False(actual.Suppressed, $"{context}: should be shown.");
        Assert.Equal(expected.Respondents, actual.Respondents);
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(expected.DontKnow, actual.DontKnow);
        Assert.Equal(expected.NotApplicable, actual.NotApplicable);
        Assert.Equal(expected.Distribution, actual.Distribution);
        Assert.Equal(expected.Min, actual.Min);
        Assert.Equal(expected.Max, actual.Max);
        Assert.Equal(expected.Mean, actual.Mean!.Value, Tolerance);
        Assert.Equal(expected.Median, actual.Median!.Value, Tolerance);
        Assert.Equal(expected.Sd, actual.StandardDeviation!.Value, Tolerance);
        Assert.Equal(expected.Iqr, actual.InterquartileRange!.Value, Tolerance);
        Assert.Equal(expected.DontKnowShare, actual.DontKnowShare!.Value, Tolerance);
        if (score is null)
        {
            Assert.Null(actual.Score);
        }
        else
        {
            Assert.Equal(score.Value, actual.Score!.Value, Tolerance);
        }
    }

    private sealed record Expected(int Respondents, int Answers, int DontKnow, int NotApplicable, int[] Distribution, int Min, int Max, double Mean, double Median, double Sd, double Iqr, double DontKnowShare);

    /// <summary>A node's statistics from its raw answers, or null when fewer than k respondents gave a level.</summary>
    private static Expected? Reference(List<RawAnswer> answers, int maxLevel)
    {
        var levels = answers.Where(a => a.Value > 0).Select(a => a.Value).ToList();
        var respondents = answers.Where(a => a.Value > 0).Select(a => a.Respondent).Distinct().Count();
        if (respondents < K || respondents == 0)
        {
            return null;
        }

        var mean = levels.Average();
        var dontKnow = answers.Count(a => a.Value == AnalysisData.DontKnow);
        return new Expected(
            respondents,
            levels.Count,
            dontKnow,
            answers.Count(a => a.Value == AnalysisData.NotApplicable),
            Enumerable.Range(1, maxLevel).Select(l => levels.Count(v => v == l)).ToArray(),
            levels.Min(),
            levels.Max(),
            mean,
            LevelStatisticsTests.RawQuantile(levels, 0.5),
            levels.Count > 1 ? Math.Sqrt(levels.Sum(v => (v - mean) * (v - mean)) / (levels.Count - 1)) : 0,
            LevelStatisticsTests.RawQuantile(levels, 0.75) - LevelStatisticsTests.RawQuantile(levels, 0.25),
            (double)dontKnow / (levels.Count + dontKnow));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
