using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

public class RollUpRuleTests
{
    private const double Tolerance = 1e-12;

    // Question scores 1.5, 2.5, 3, 4.5, 5 on a five-level scale.
    private static readonly double[] Scores = [4.5, 1.5, 3.0, 5.0, 2.5];

    [Fact]
    public void Apply_Mean_ReturnsMeanOfScores()
    {
        Assert.Equal(3.3, new RollUpRule(RollUpKind.Mean).Apply(Scores, 5)!.Value, Tolerance);
    }

    [Fact]
    public void Apply_MedianOddCount_ReturnsMiddleScore()
    {
        Assert.Equal(3.0, new RollUpRule(RollUpKind.Median).Apply(Scores, 5)!.Value, Tolerance);
    }

    [Fact]
    public void Apply_MedianEvenCount_ReturnsMeanOfMiddleScores()
    {
        Assert.Equal(3.5, new RollUpRule(RollUpKind.Median).Apply([5.0, 2.0, 4.0, 3.0], 5)!.Value, Tolerance);
    }

    [Fact]
    public void Apply_MedianDoesNotReorderCallerScores()
    {
        double[] scores = [4.5, 1.5, 3.0];

        new RollUpRule(RollUpKind.Median).Apply(scores, 5);

        Assert.Equal([4.5, 1.5, 3.0], scores);
    }

    [Theory]
    [InlineData(new[] { 4.5, 1.5, 3.0, 5.0, 2.5 }, 1.0)]
    [InlineData(new[] { 3.5, 4.0, 4.5 }, 3.0)]
    [InlineData(new[] { 2.0, 2.0 }, 2.0)]
    [InlineData(new[] { 5.0 }, 5.0)]
    public void Apply_MinimumLevelMet_ReturnsFloorOfLowestScore(double[] scores, double expected)
    {
        Assert.Equal(expected, new RollUpRule(RollUpKind.MinimumLevelMet).Apply(scores, 5)!.Value, Tolerance);
    }

    [Theory]
    [InlineData(1.0, 1)] // level 2: 4 of 5 < 5
    [InlineData(0.8, 2)] // level 2: 4 of 5 ≥ 4; level 3: 3 < 4
    [InlineData(0.6, 3)] // level 3: 3 of 5 ≥ 3; level 4: 2 < 3
    [InlineData(0.4, 4)] // level 4: 2 of 5 ≥ 2; level 5: 1 < 2
    [InlineData(0.2, 5)] // level 5: 1 of 5 ≥ 1
    public void Apply_ShareAtLevel_ReturnsHighestLevelReachedByThresholdShare(double threshold, int expected)
    {
        Assert.Equal(expected, new RollUpRule(RollUpKind.ShareAtLevel, threshold).Apply(Scores, 5)!.Value, Tolerance);
    }

    [Fact]
    public void Apply_ShareAtLevelExactShare_CountsAsReached()
    {
        // 0.7 × 10 = 7.000000000000001 in floating point: seven of ten scores must still qualify.
        double[] scores = [4, 4, 4, 4, 4, 4, 4, 1, 1, 1];

        Assert.Equal(4.0, new RollUpRule(RollUpKind.ShareAtLevel, 0.7).Apply(scores, 5)!.Value, Tolerance);
    }

    [Fact]
    public void Apply_ShareAtLevelAllBelowTwo_ReturnsLevelOne()
    {
        Assert.Equal(1.0, new RollUpRule(RollUpKind.ShareAtLevel, 0.5).Apply([1.0, 1.5], 5)!.Value, Tolerance);
    }

    [Theory]
    [InlineData(RollUpKind.Mean)]
    [InlineData(RollUpKind.Median)]
    [InlineData(RollUpKind.MinimumLevelMet)]
    [InlineData(RollUpKind.ShareAtLevel)]
    public void Apply_NoScores_ReturnsNull(RollUpKind kind)
    {
        Assert.Null(new RollUpRule(kind).Apply([], 5));
    }

    [Theory]
    [InlineData(RollUpKind.Mean, false)]
    [InlineData(RollUpKind.Median, true)]
    [InlineData(RollUpKind.MinimumLevelMet, true)]
    [InlineData(RollUpKind.ShareAtLevel, true)]
    public void UsesMedian_OnlyMeanRuleUsesMeans(RollUpKind kind, bool expected)
    {
        Assert.Equal(expected, new RollUpRule(kind).UsesMedian);
    }

    [Theory]
    [InlineData("mean", RollUpKind.Mean)]
    [InlineData("median", RollUpKind.Median)]
    [InlineData("minimum", RollUpKind.MinimumLevelMet)]
    [InlineData("share:0.8", RollUpKind.ShareAtLevel)]
    [InlineData("  MEDIAN ", RollUpKind.Median)]
    [InlineData("Share:0.5", RollUpKind.ShareAtLevel)]
    public void Parse_StoredForm_ReturnsKind(string text, RollUpKind expected)
    {
        Assert.Equal(expected, RollUpRule.Parse(text).Kind);
    }

    [Theory]
    [InlineData("share:0.8", 0.8)]
    [InlineData("share:0.75", 0.75)]
    [InlineData("share:1", 1.0)]
    [InlineData("share:0.35", 0.35)]
    public void Parse_ShareForm_ReadsThresholdInvariantly(string text, double threshold)
    {
        Assert.Equal(new RollUpRule(RollUpKind.ShareAtLevel, threshold), RollUpRule.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("average")]
    [InlineData("share")]
    [InlineData("share:")]
    [InlineData("share:abc")]
    [InlineData("share:0")]
    [InlineData("share:-0.5")]
    [InlineData("share:1.5")]
    [InlineData("share:NaN")]
    [InlineData("share:0,8")]
    [InlineData("minimum level")]
    public void Parse_UnreadableText_ReturnsDefault(string? text)
    {
        Assert.Equal(RollUpRule.Default, RollUpRule.Parse(text));
        Assert.Equal(RollUpKind.Mean, RollUpRule.Parse(text).Kind);
    }

    public static TheoryData<RollUpRule> RoundTripRules() =>
    [
        new RollUpRule(RollUpKind.Mean),
        new RollUpRule(RollUpKind.Median),
        new RollUpRule(RollUpKind.MinimumLevelMet),
        new RollUpRule(RollUpKind.ShareAtLevel),
        new RollUpRule(RollUpKind.ShareAtLevel, 0.5),
        new RollUpRule(RollUpKind.ShareAtLevel, 0.75),
        new RollUpRule(RollUpKind.ShareAtLevel, 1.0),
        new RollUpRule(RollUpKind.ShareAtLevel, 0.65),
    ];

    [Theory]
    [MemberData(nameof(RoundTripRules))]
    public void FormatThenParse_ValidRule_RoundTrips(RollUpRule rule)
    {
        Assert.Equal(rule, RollUpRule.Parse(rule.Format()));
    }

    [Theory]
    [InlineData(RollUpKind.Mean, 0.8, "mean")]
    [InlineData(RollUpKind.Median, 0.8, "median")]
    [InlineData(RollUpKind.MinimumLevelMet, 0.8, "minimum")]
    [InlineData(RollUpKind.ShareAtLevel, 0.8, "share:0.8")]
    [InlineData(RollUpKind.ShareAtLevel, 1.0, "share:1")]
    public void Format_Rule_ReturnsStoredForm(RollUpKind kind, double threshold, string expected)
    {
        Assert.Equal(expected, new RollUpRule(kind, threshold).Format());
    }

    [Fact]
    public void Format_ShareUnderCommaCulture_UsesInvariantDecimalPoint()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-BE");

            Assert.Equal("share:0.75", new RollUpRule(RollUpKind.ShareAtLevel, 0.75).Format());
            Assert.Equal(0.75, RollUpRule.Parse("share:0.75").Threshold);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(RollUpKind.Mean, 0.8, true)]
    [InlineData(RollUpKind.Mean, 7.0, true)]
    [InlineData(RollUpKind.Median, -1.0, true)]
    [InlineData(RollUpKind.MinimumLevelMet, 0.0, true)]
    [InlineData(RollUpKind.ShareAtLevel, 0.8, true)]
    [InlineData(RollUpKind.ShareAtLevel, 1.0, true)]
    [InlineData(RollUpKind.ShareAtLevel, 0.001, false)]
    [InlineData(RollUpKind.ShareAtLevel, 0.125, false)]
    [InlineData(RollUpKind.ShareAtLevel, 0.01, true)]
    [InlineData(RollUpKind.ShareAtLevel, 0.0, false)]
    [InlineData(RollUpKind.ShareAtLevel, -0.2, false)]
    [InlineData(RollUpKind.ShareAtLevel, 1.01, false)]
    [InlineData(RollUpKind.ShareAtLevel, double.NaN, false)]
    [InlineData((RollUpKind)42, 0.8, false)]
    [InlineData((RollUpKind)(-1), 0.8, false)]
    public void IsValid_KindAndThreshold_ReportsUsability(RollUpKind kind, double threshold, bool expected)
    {
        Assert.Equal(expected, new RollUpRule(kind, threshold).IsValid);
    }

    [Fact]
    public void Default_IsMean()
    {
        Assert.Equal(RollUpKind.Mean, RollUpRule.Default.Kind);
        Assert.True(RollUpRule.Default.IsValid);
    }
}
