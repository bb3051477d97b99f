using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

public class BootstrapTests
{
    private static readonly int[] Spread = [5, 10, 20, 10, 5];

    [Fact]
    public void MeanInterval_SameSeed_ReturnsSameInterval()
    {
        var first = Bootstrap.MeanInterval(Spread, 1000, 42);
        var second = Bootstrap.MeanInterval(Spread, 1000, 42);

        Assert.Equal(first, second);
    }

    [Fact]
    public void MeanInterval_OtherSeed_ReturnsOtherInterval()
    {
        var first = Bootstrap.MeanInterval(Spread, 1000, 42);
        var second = Bootstrap.MeanInterval(Spread, 1000, 43);

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(new[] { 5, 10, 20, 10, 5 })]
    [InlineData(new[] { 1, 0, 0, 0, 9 })]
    [InlineData(new[] { 0, 3, 4 })]
    [InlineData(new[] { 180, 15, 5 })]
    [InlineData(new[] { 2, 1 })]
    public void MeanInterval_Distribution_ContainsSampleMeanAndStaysOnScale(int[] counts)
    {
        var mean = counts.Select((c, i) => (double)c * (i + 1)).Sum() / counts.Sum();

        var (low, high) = Bootstrap.MeanInterval(counts, 1000, 7);

        Assert.InRange(mean, low, high);
        Assert.True(low < high, $"Expected a positive width, got [{low}, {high}].");
        Assert.InRange(low, 1, counts.Length);
        Assert.InRange(high, 1, counts.Length);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 7, 0 }, 3)]
    [InlineData(new[] { 12 }, 1)]
    [InlineData(new[] { 0, 0, 0, 0, 250 }, 5)]
    [InlineData(new[] { 0, 1 }, 2)]
    public void MeanInterval_SingleLevel_ReturnsZeroWidthAtThatLevel(int[] counts, int level)
    {
        var (low, high) = Bootstrap.MeanInterval(counts, 500, 3);

        Assert.Equal(level, low);
        Assert.Equal(level, high);
    }

    [Fact]
    public void MeanInterval_NoAnswers_ReturnsNaN()
    {
        var (low, high) = Bootstrap.MeanInterval([0, 0, 0], 1000, 1);

        Assert.True(double.IsNaN(low));
        Assert.True(double.IsNaN(high));
    }

    [Fact]
    public void MeanInterval_NoResamples_ReturnsNaN()
    {
        var (low, high) = Bootstrap.MeanInterval(Spread, 0, 1);

        Assert.True(double.IsNaN(low));
        Assert.True(double.IsNaN(high));
    }

    [Theory]
    [InlineData(new[] { 20, 40, 70, 50, 20 }, 0.05)] // n = 200, binomials by normal approximation
    [InlineData(new[] { 180, 15, 5 }, 0.02)] // n = 200, skewed: small-share levels by waiting times
    [InlineData(new[] { 3, 5, 8, 6, 3 }, 0.12)] // n = 25, all binomials by waiting times
    [InlineData(new[] { 400, 300, 200, 100 }, 0.03)] // n = 1000
    public void MeanInterval_Distribution_AgreesWithNaiveBootstrap(int[] counts, double tolerance)
    {
        var (low, high) = Bootstrap.MeanInterval(counts, 4000, 2026);
        var (naiveLow, naiveHigh) = NaiveInterval(counts, 4000, new Random(2026));

        Assert.True(Math.Abs(low - naiveLow) <= tolerance, $"Low {low} vs naive {naiveLow}.");
        Assert.True(Math.Abs(high - naiveHigh) <= tolerance, $"High {high} vs naive {naiveHigh}.");
    }

    [Fact]
    public void MeanInterval_ManySeeds_AverageWidthMatchesNaiveBootstrap()
    {
        // Any bias of the binomial sampler shows in the width, averaged over seeds to remove noise.
        int[] counts = [20, 40, 70, 50, 20];
        double width = 0, naiveWidth = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var (low, high) = Bootstrap.MeanInterval(counts, 2000, (ulong)seed);
            var (naiveLow, naiveHigh) = NaiveInterval(counts, 2000, new Random(seed));
            width += high - low;
            naiveWidth += naiveHigh - naiveLow;
        }

        Assert.Equal(naiveWidth / 20, width / 20, 0.01);
    }

    /// <summary>The textbook percentile bootstrap: resample the raw answers with replacement.</summary>
    private static (double Low, double High) NaiveInterval(int[] counts, int resamples, Random random)
    {
        var raw = counts.SelectMany((c, i) => Enumerable.Repeat(i + 1, c)).ToArray();
        var means = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            double sum = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                sum += raw[random.Next(raw.Length)];
            }

            means[b] = sum / raw.Length;
        }

        Array.Sort(means);
        return (Percentile(means, 0.025), Percentile(means, 0.975));
    }

    private static double Percentile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
