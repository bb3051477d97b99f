using DataStrategy.Core.Programme;

namespace DataStrategy.Core.Tests.Programme;

public sealed class PhaseRulesTests
{
    [Theory]
    [InlineData(false, false, false, 0, PhaseState.NotStarted)]
    [InlineData(true, false, false, 0, PhaseState.NotStarted)]
    [InlineData(true, false, false, 3, PhaseState.InProgress)]
    [InlineData(true, true, false, 0, PhaseState.InProgress)]
    [InlineData(true, true, true, 20, PhaseState.Done)]
    public void Assessment_FollowsTheCampaign(bool hasCampaign, bool collecting, bool analysed, int completed, PhaseState expected) =>
        Assert.Equal(expected, PhaseRules.Assessment(hasCampaign, collecting, analysed, completed));

    [Theory]
    [InlineData(0, 0, 0, 0, PhaseState.NotStarted)]
    [InlineData(4, 0, 0, 0, PhaseState.InProgress)]
    [InlineData(0, 1, 0, 0, PhaseState.InProgress)]
    [InlineData(4, 2, 1, 1, PhaseState.InProgress)]
    [InlineData(4, 1, 0, 1, PhaseState.Done)]
    public void FindingsWorkshop_IsDoneOnceAWorkshopEndedAndNoneIsLive(int findings, int workshops, int live, int ended, PhaseState expected) =>
        Assert.Equal(expected, PhaseRules.FindingsWorkshop(findings, workshops, live, ended));

    [Theory]
    [InlineData(0, 0, PhaseState.NotStarted)]
    [InlineData(4, 0, PhaseState.NotStarted)]
    [InlineData(4, 1, PhaseState.InProgress)]
    [InlineData(4, 4, PhaseState.Done)]
    public void WorkingSessions_AreDoneWhenAllWereHeld(int sessions, int held, PhaseState expected) =>
        Assert.Equal(expected, PhaseRules.WorkingSessions(sessions, held));

    [Theory]
    [InlineData(0, 0, false, PhaseState.NotStarted)]
    [InlineData(3, 0, false, PhaseState.InProgress)]
    [InlineData(3, 2, true, PhaseState.Done)]
    public void Strategy_IsDoneWhenPublished(int items, int versions, bool published, PhaseState expected) =>
        Assert.Equal(expected, PhaseRules.Strategy(items, versions, published));

    [Theory]
    [InlineData(0, 0, 0, PhaseState.NotStarted)]
    [InlineData(3, 0, 2, PhaseState.InProgress)]
    [InlineData(3, 1, 2, PhaseState.Done)]
    [InlineData(2, 2, 0, PhaseState.InProgress)]
    public void Roadmap_IsDoneWhenEveryLiveInitiativeIs(int initiatives, int cancelled, int done, PhaseState expected) =>
        Assert.Equal(expected, PhaseRules.Roadmap(initiatives, cancelled, done));

    [Theory]
    [InlineData(0, 0, 0, PhaseState.NotStarted)]
    [InlineData(0, 0, 2, PhaseState.InProgress)]
    [InlineData(1, 0, 0, PhaseState.InProgress)]
    [InlineData(1, 1, 0, PhaseState.Done)]
    public void ShowAndTell_IsDoneOnceAnEventWasHeld(int events, int held, int caseStudies, PhaseState expected) =>
        Assert.Equal(expected, PhaseRules.ShowAndTell(events, held, caseStudies));

    [Theory]
    [InlineData(PhaseState.InProgress, 3, 4, 75)]
    [InlineData(PhaseState.InProgress, 0, 0, 0)]
    [InlineData(PhaseState.InProgress, 9, 4, 100)]
    [InlineData(PhaseState.InProgress, -3, 4, 0)]
    [InlineData(PhaseState.Done, 0, 0, 100)]
    [InlineData(PhaseState.InProgress, int.MaxValue, int.MaxValue, 100)]
    public void Percent_IsBoundedAndFullWhenDone(PhaseState state, int done, int total, int expected) =>
        Assert.Equal(expected, new PhaseStatus(ProgrammePhase.Roadmap, state, null, null, done, total).Percent);

    [Fact]
    public void StrategyStep_CountsTheReviewSteps()
    {
        Assert.Equal(0, PhaseRules.StrategyStep(false, false, false, false));
        Assert.Equal(1, PhaseRules.StrategyStep(true, false, false, false));
        Assert.Equal(2, PhaseRules.StrategyStep(true, true, false, false));
        Assert.Equal(3, PhaseRules.StrategyStep(true, false, true, false));
        Assert.Equal(4, PhaseRules.StrategyStep(true, false, false, true));
    }
}
