using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

public class LevelStatisticsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Describe_OddCount_ReturnsHandComputedStatistics()
    {
        // Levels 1, 2, 2, 3, 5.
        var d = LevelStatistics.Describe([1, 2, 1, 0, 1]);

        Assert.Equal(5, d.N);
        Assert.Equal(2.6, d.Mean, Tolerance);
        Assert.Equal(2.0, d.Median, Tolerance);
        Assert.Equal(1, d.Min);
        Assert.Equal(5, d.Max);
        Assert.Equal(Math.Sqrt(9.2 / 4), d.Sd, Tolerance);

        // QUARTILE.INC({1,2,2,3,5}; 1) = 2, (…; 3) = 3.
        Assert.Equal(1.0, d.Iqr, Tolerance);
    }

    [Fact]
    public void Describe_EvenCount_InterpolatesMedianAndQuartiles()
    {
        // Levels 1, 2, 3, 4: QUARTILE.INC gives 1.75 and 3.25.
        var d = LevelStatistics.Describe([1, 1, 1, 1]);

        Assert.Equal(4, d.N);
        Assert.Equal(2.5, d.Mean, Tolerance);
        Assert.Equal(2.5, d.Median, Tolerance);
        Assert.Equal(1, d.Min);
        Assert.Equal(4, d.Max);
        Assert.Equal(Math.Sqrt(5.0 / 3), d.Sd, Tolerance);
        Assert.Equal(1.5, d.Iqr, Tolerance);
    }

    [Fact]
    public void Describe_EvenCountWithGaps_InterpolatesAcrossMissingLevels()
    {
        // Levels 1, 1, 2, 4, 4, 5: median (2 + 4) / 2 = 3, Q1 = 1.25, Q3 = 4.
        var d = LevelStatistics.Describe([2, 1, 0, 2, 1]);

        Assert.Equal(6, d.N);
        Assert.Equal(17.0 / 6, d.Mean, Tolerance);
        Assert.Equal(3.0, d.Median, Tolerance);
        Assert.Equal(1, d.Min);
        Assert.Equal(5, d.Max);
        var mean = 17.0 / 6;
        var squares = new[] { 1, 1, 2, 4, 4, 5 }.Sum(x => (x - mean) * (x - mean));
        Assert.Equal(Math.Sqrt(squares / 5), d.Sd, Tolerance);
        Assert.Equal(2.75, d.Iqr, Tolerance);
    }

    [Fact]
    public void Describe_MinAndMaxInsideScale_IgnoresEmptyEdges()
    {
        // Levels 2, 2, 4 on a five-level scale.
        var d = LevelStatistics.Describe([0, 2, 0, 1, 0]);

        Assert.Equal(2, d.Min);
        Assert.Equal(4, d.Max);
        Assert.Equal(2.0, d.Median, Tolerance);
        Assert.Equal(8.0 / 3, d.Mean, Tolerance);
    }

    [Fact]
    public void Describe_SingleAnswer_HasZeroDeviationAndRange()
    {
        var d = LevelStatistics.Describe([0, 0, 1, 0]);

        Assert.Equal(1, d.N);
        Assert.Equal(3.0, d.Mean, Tolerance);
        Assert.Equal(3.0, d.Median, Tolerance);
        Assert.Equal(3, d.Min);
        Assert.Equal(3, d.Max);
        Assert.Equal(0.0, d.Sd);
        Assert.Equal(0.0, d.Iqr);
    }

    [Fact]
    public void Describe_AllAnswersOnOneLevel_HasZeroDeviation()
    {
        var d = LevelStatistics.Describe([0, 0, 0, 7]);

        Assert.Equal(7, d.N);
        Assert.Equal(4.0, d.Mean, Tolerance);
        Assert.Equal(0.0, d.Sd, Tolerance);
        Assert.Equal(0.0, d.Iqr, Tolerance);
    }

    [Fact]
    public void Describe_NoAnswers_ReturnsZeroCountAndNaN()
    {
        var d = LevelStatistics.Describe([0, 0, 0, 0, 0]);

        Assert.Equal(0, d.N);
        Assert.True(double.IsNaN(d.Mean));
        Assert.True(double.IsNaN(d.Median));
        Assert.True(double.IsNaN(d.Sd));
        Assert.True(double.IsNaN(d.Iqr));
        Assert.Equal(0, d.Min);
        Assert.Equal(0, d.Max);
    }

    [Fact]
    public void Describe_EmptySpan_ReturnsZeroCount()
    {
        var d = LevelStatistics.Describe([]);

        Assert.Equal(0, d.N);
        Assert.True(double.IsNaN(d.Mean));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.25, 1.75)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.75, 3.25)]
    [InlineData(1.0, 4.0)]
    [InlineData(0.1, 1.3)]
    public void Quantile_OneAnswerPerLevel_MatchesQuartileInc(double p, double expected)
    {
        Assert.Equal(expected, LevelStatistics.Quantile([1, 1, 1, 1], 4, p), Tolerance);
    }

    [Theory]
    [InlineData(0.25, 2.0)]
    [InlineData(0.5, 2.0)]
    [InlineData(0.75, 3.0)]
    [InlineData(0.9, 4.2)]
    public void Quantile_RepeatedLevels_MatchesQuartileInc(double p, double expected)
    {
        // Levels 1, 2, 2, 3, 5; PERCENTILE.INC(…; 0.9) = 3 + 0.6 × (5 − 3) = 4.2.
        Assert.Equal(expected, LevelStatistics.Quantile([1, 2, 1, 0, 1], 5, p), Tolerance);
    }

    [Fact]
    public void Describe_RandomDistributions_MatchRawComputation()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var counts = Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(0, 6)).ToArray();
            var raw = counts.SelectMany((c, i) => Enumerable.Repeat(i + 1, c)).ToArray();
            if (raw.Length == 0)
            {
                continue;
            }

            var d = LevelStatistics.Describe(counts);

            var mean = raw.Average();
            Assert.Equal(raw.Length, d.N);
            Assert.Equal(mean, d.Mean, 1e-9);
            Assert.Equal(raw.Min(), d.Min);
            Assert.Equal(raw.Max(), d.Max);
            Assert.Equal(raw.Length > 1 ? Math.Sqrt(raw.Sum(x => (x - mean) * (x - mean)) / (raw.Length - 1)) : 0, d.Sd, 1e-9);
            Assert.Equal(RawQuantile(raw, 0.5), d.Median, 1e-9);
            Assert.Equal(RawQuantile(raw, 0.75) - RawQuantile(raw, 0.25), d.Iqr, 1e-9);
        }
    }

    /// <summary>R type 7 on a raw sample.</summary>
    internal static double RawQuantile(IReadOnlyList<int> values, double p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
