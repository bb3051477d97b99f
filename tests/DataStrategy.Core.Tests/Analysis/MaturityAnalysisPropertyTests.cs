using DataStrategy.Core.Analysis;
using FsCheck.Xunit;

namespace DataStrategy.Core.Tests.Analysis;

/// <summary>Invariants of the engine over random campaigns (sizes drawn by FsCheck, contents by a seeded generator).</summary>
public class MaturityAnalysisPropertyTests
{
    private const int Cases = 60;

    private static TestCampaign Campaign(int seed, byte respondents, byte questions, byte levels, byte density) =>
        AnalysisTestData.Generate(
            seed,
            respondents: respondents % 40,
            questions: 1 + (questions % 9),
            themes: 1 + (Math.Abs(seed) % 3),
            topics: Math.Abs(seed / 3) % 3,
            departments: Math.Abs(seed / 9) % 5,
            maxLevel: 1 + (levels % 6),
            answerRate: 0.2 + (density % 80 / 100.0),
            noDepartmentRate: 0.15);

    private static AnalysisOptions Options(RollUpRule rule, int k) => new() { Rule = rule, MinGroupSize = k, Resamples = 50 };

    [Property(MaxTest = Cases)]
    public void Run_RandomCampaignAnyRule_ScoresStayOnScale(int seed, byte respondents, byte questions, byte levels, byte density, byte k)
    {
        var campaign = Campaign(seed, respondents, questions, levels, density);
        var data = campaign.Build();

        foreach (var rule in AnalysisTestData.AllRules)
        {
            var result = MaturityAnalysis.Run(data, Options(rule, k % 4));

            foreach (var group in AnalysisTestData.Groups(result))
            {
                foreach (var node in AnalysisTestData.Nodes(group))
                {
                    if (node.Score is { } score)
                    {
                        Assert.InRange(score, 1, campaign.MaxLevel);
                    }

                    if (node.Mean is { } mean)
                    {
                        Assert.InRange(mean, 1, campaign.MaxLevel);
                        Assert.InRange(node.Median!.Value, node.Min!.Value, node.Max!.Value);
                        if (group.Dimension == GroupDimension.All)
                        {
                            Assert.InRange(node.CiLow!.Value, 1 - 1e-9, node.CiHigh!.Value + 1e-9);
                            Assert.InRange(node.CiHigh!.Value, 1, campaign.MaxLevel + 1e-9);
                        }
                        else
                        {
                            // Breakdown groups show scores, not intervals (ADR 0010).
                            Assert.Null(node.CiLow);
                        }
                    }
                }
            }
        }
    }

    [Property(MaxTest = Cases)]
    public void Run_RandomCampaign_SuppressionNeverLeaks(int seed, byte respondents, byte questions, byte levels, byte density, byte k)
    {
        var campaign = Campaign(seed, respondents, questions, levels, density);
        var minGroupSize = 1 + (k % 6);
        var rule = AnalysisTestData.AllRules[Math.Abs(seed % AnalysisTestData.AllRules.Length)];

        var result = MaturityAnalysis.Run(campaign.Build(), Options(rule, minGroupSize));

        foreach (var group in AnalysisTestData.Groups(result))
        {
            Assert.True(group.Suppressed ? group.Respondents == 0 : group.Respondents >= minGroupSize, $"{group.Dimension} {group.Index}: {group.Respondents} respondents.");
            foreach (var node in AnalysisTestData.Nodes(group))
            {
                if (!node.Suppressed)
                {
                    Assert.True(node.Respondents >= minGroupSize, $"{group.Dimension} {group.Index} {node.Id}: {node.Respondents} respondents shown with k = {minGroupSize}.");
                    continue;
                }

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
        }
    }

    [Property(MaxTest = Cases)]
    public void Run_RandomCampaign_GroupsPartitionEveryone(int seed, byte respondents, byte questions, byte levels, byte density)
    {
        var campaign = Campaign(seed, respondents, questions, levels, density);

        var result = MaturityAnalysis.Run(campaign.Build(), Options(RollUpRule.Default, 1));

        // With k = 1 nothing with a level is hidden, so the respondent-type groups add up to everyone.
        // (Don't-know counts do not: a group whose only answers are "don't know" is hidden.)
        for (var q = 0; q < campaign.Structure.QuestionIds.Count; q++)
        {
            var all = result.All.Questions[q];
            var byType = result.RespondentTypes.Select(g => g.Questions[q]).Where(n => !n.Suppressed).ToList();
            Assert.Equal(all.Answers, byType.Sum(n => n.Answers));
            Assert.Equal(all.Respondents, byType.Sum(n => n.Respondents));
        }
    }
}
