using DataStrategy.Core.Roadmap;

namespace DataStrategy.Core.Tests.Roadmap;

public class TrackingTests
{
    private static DateOnly D(int year, int month, int day = 1) => new(year, month, day);

    [Fact]
    public void ExpectedPercent_BeforeStart_IsZero() =>
        Assert.Equal(0, Tracking.ExpectedPercent(D(2026, 3), 4, D(2026, 2, 27)));

    [Fact]
    public void ExpectedPercent_AfterLastPlannedMonth_IsHundred() =>
        Assert.Equal(100, Tracking.ExpectedPercent(D(2026, 3), 4, D(2026, 7, 1)));

    [Fact]
    public void ExpectedPercent_HalfwayThroughTwoMonths_IsAboutFifty()
    {
        // January and February 2026: 59 days; the 30th day after the start is the 31st of January.
        var expected = Tracking.ExpectedPercent(D(2026, 1), 2, D(2026, 1, 30));

        Assert.InRange(expected, 48, 50);
    }

    [Fact]
    public void ExpectedPercent_ZeroMonths_CountsAsOneMonth() =>
        Assert.Equal(100, Tracking.ExpectedPercent(D(2026, 1), 0, D(2026, 2, 1)));

    [Fact]
    public void Slipping_OnPlanGreenAndOnTime_HasNoReason() =>
        Assert.Equal(SlipReasons.None, Tracking.Slipping(D(2026, 6), D(2026, 6), 50, 55, red: false));

    [Fact]
    public void Slipping_FinishLaterThanBaseline_IsFlagged() =>
        Assert.Equal(SlipReasons.LaterThanBaseline, Tracking.Slipping(D(2026, 7), D(2026, 6), 50, 50, red: false));

    [Fact]
    public void Slipping_FinishEarlierThanBaseline_IsNotFlagged() =>
        Assert.Equal(SlipReasons.None, Tracking.Slipping(D(2026, 5), D(2026, 6), 50, 50, red: false));

    [Fact]
    public void Slipping_ExactlyTwentyPointsBehind_IsFlagged() =>
        Assert.Equal(SlipReasons.BehindExpected, Tracking.Slipping(D(2026, 6), null, 30, 50, red: false));

    [Fact]
    public void Slipping_NineteenPointsBehind_IsNotFlagged() =>
        Assert.Equal(SlipReasons.None, Tracking.Slipping(D(2026, 6), null, 31, 50, red: false));

    [Fact]
    public void Slipping_DoneWork_IsNeverBehind() =>
        Assert.Equal(SlipReasons.None, Tracking.Slipping(D(2026, 6), null, 0, 100, red: false, done: true));

    [Fact]
    public void Slipping_RedAndLate_GivesBothReasons() =>
        Assert.Equal(SlipReasons.Red | SlipReasons.LaterThanBaseline, Tracking.Slipping(D(2026, 9), D(2026, 6), 50, 50, red: true));

    private static ActualProgress NotStarted => new(null, null, false, false);

    private static ActualProgress Started(int month) => new(D(2026, month), null, true, false);

    private static ActualProgress Finished(int start, int finish) => new(D(2026, start), D(2026, finish), true, true);

    [Fact]
    public void BreaksDependency_FinishToStart_SuccessorStartedBeforePredecessorDone_IsBroken() =>
        Assert.True(Tracking.BreaksDependency(false, Started(1), Started(2)));

    [Fact]
    public void BreaksDependency_FinishToStart_SuccessorNotStarted_IsFine() =>
        Assert.False(Tracking.BreaksDependency(false, NotStarted, NotStarted));

    [Fact]
    public void BreaksDependency_FinishToStart_SuccessorStartsAfterFinish_IsFine() =>
        Assert.False(Tracking.BreaksDependency(false, Finished(1, 3), Started(4)));

    [Fact]
    public void BreaksDependency_FinishToStart_SuccessorStartedMonthsBeforeFinish_IsBroken() =>
        Assert.True(Tracking.BreaksDependency(false, Finished(1, 5), Started(3)));

    [Fact]
    public void BreaksDependency_StartToStart_PredecessorNotStarted_IsBroken() =>
        Assert.True(Tracking.BreaksDependency(true, NotStarted, Started(2)));

    [Fact]
    public void BreaksDependency_StartToStart_BothStartedSameMonth_IsFine() =>
        Assert.False(Tracking.BreaksDependency(true, Started(2), Started(2)));

    [Fact]
    public void Status_NoMeasurement_IsNotMeasured() =>
        Assert.Equal(KpiStatus.NotMeasured, Tracking.Status(10, D(2026, 1), 20, D(2027, 1), null, null));

    [Fact]
    public void Status_RisingKpiAboveTheLine_IsOnTrack() =>
        Assert.Equal(KpiStatus.OnTrack, Tracking.Status(10, D(2026, 1), 20, D(2027, 1), 16, D(2026, 7, 2)));

    [Fact]
    public void Status_RisingKpiBelowTheLine_IsAtRisk() =>
        Assert.Equal(KpiStatus.AtRisk, Tracking.Status(10, D(2026, 1), 20, D(2027, 1), 12, D(2026, 7, 2)));

    [Fact]
    public void Status_TargetReachedEarly_IsAchieved() =>
        Assert.Equal(KpiStatus.Achieved, Tracking.Status(10, D(2026, 1), 20, D(2027, 1), 21, D(2026, 3)));

    [Fact]
    public void Status_FallingKpiBelowTheLine_IsOnTrack() =>
        Assert.Equal(KpiStatus.OnTrack, Tracking.Status(30, D(2026, 1), 10, D(2027, 1), 18, D(2026, 7, 2)));

    [Fact]
    public void Status_FallingKpiStillHigh_IsAtRisk() =>
        Assert.Equal(KpiStatus.AtRisk, Tracking.Status(30, D(2026, 1), 10, D(2027, 1), 28, D(2026, 7, 2)));

    [Fact]
    public void Status_PastTargetDateWithoutReachingIt_IsAtRisk() =>
        Assert.Equal(KpiStatus.AtRisk, Tracking.Status(10, D(2026, 1), 20, D(2027, 1), 19, D(2027, 3)));

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" -3 ", -3)]
    [InlineData("1 000,25", 1000.25)]
    [InlineData("0.123456", 0.1235)]
    public void TryParseNumber_HumanNumbers_AreRead(string text, double expected)
    {
        Assert.Equal(NumberParse.Ok, Tracking.TryParseNumber(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("", NumberParse.Empty)]
    [InlineData("twelve", NumberParse.NotANumber)]
    [InlineData("12,5,3", NumberParse.NotANumber)]
    [InlineData("NaN", NumberParse.NotANumber)]
    [InlineData("Infinity", NumberParse.NotANumber)]
    [InlineData("1e30", NumberParse.OutOfRange)]
    [InlineData("2000000000000", NumberParse.OutOfRange)]
    public void TryParseNumber_BadInput_IsRefused(string text, NumberParse expected) =>
        Assert.Equal(expected, Tracking.TryParseNumber(text, out _));
}
