namespace DataStrategy.Core.Analysis;

/// <summary>
/// The statistics of one node (a question, topic, theme or the whole framework) in one group of
/// respondents. A suppressed node (fewer respondents than k) carries no numbers at all, so nothing
/// built on it — page, CSV, report — can show them.
/// </summary>
public sealed record NodeStatistics
{
    private static readonly int[] NoCounts = [];

    public required string Id { get; init; }

    /// <summary>Fewer respondents gave a level than the campaign's minimum group size.</summary>
    public bool Suppressed { get; init; }

    /// <summary>Respondents who gave at least one level here.</summary>
    public int Respondents { get; init; }

    /// <summary>Level answers (don't know and not applicable excluded).</summary>
    public int Answers { get; init; }

    public int DontKnow { get; init; }

    public int NotApplicable { get; init; }

    public double? Mean { get; init; }

    public double? Median { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>Sample standard deviation of the levels (0 for one answer).</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Inter-quartile range (quartiles by linear interpolation, as spreadsheet QUARTILE.INC).</summary>
    public double? InterquartileRange { get; init; }

    /// <summary>95% percentile bootstrap interval of the mean (for the analysed group; null in breakdown groups).</summary>
    public double? CiLow { get; init; }

    public double? CiHigh { get; init; }

    /// <summary>Answers per level: index 0 is level 1.</summary>
    public IReadOnlyList<int> Distribution { get; init; } = NoCounts;

    /// <summary>Share of "don't know" among the answers to which the question applied.</summary>
    public double? DontKnowShare { get; init; }

    /// <summary>The score by the framework's roll-up rule (for a question: its mean or median).</summary>
    public double? Score { get; init; }

    public static NodeStatistics Hidden(string id) => new() { Id = id, Suppressed = true };
}

/// <summary>Statistics of a level distribution given as counts, without the raw answers.</summary>
public static class LevelStatistics
{
    /// <summary>Mean, median, min, max, sample SD and IQR of the levels whose counts are given (index 0 = level 1).</summary>
    public static (int N, double Mean, double Median, int Min, int Max, double Sd, double Iqr) Describe(ReadOnlySpan<int> counts)
    {
        long n = 0;
        double sum = 0;
        int min = 0, max = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var c = counts[i];
            if (c == 0)
            {
                continue;
            }

            if (n == 0)
            {
                min = i + 1;
            }

            max = i + 1;
            n += c;
            sum += (double)c * (i + 1);
        }

        if (n == 0)
        {
            return (0, double.NaN, double.NaN, 0, 0, double.NaN, double.NaN);
        }

        var mean = sum / n;
        double squares = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var d = i + 1 - mean;
            squares += counts[i] * d * d;
        }

        var sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : 0;
        return ((int)n, mean, Quantile(counts, n, 0.5), min, max, sd, Quantile(counts, n, 0.75) - Quantile(counts, n, 0.25));
    }

    /// <summary>Quantile by linear interpolation between order statistics (R type 7, QUARTILE.INC).</summary>
    public static double Quantile(ReadOnlySpan<int> counts, long n, double p)
    {
        var h = (n - 1) * p;
        var lo = (long)Math.Floor(h);
        var a = OrderStatistic(counts, lo);
        var b = OrderStatistic(counts, Math.Min(lo + 1, n - 1));
        return a + ((h - lo) * (b - a));
    }

    /// <summary>The same quantile (R type 7) of values already sorted: bootstrap resamples, peer scores.</summary>
    public static double QuantileOfSorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>The k-th smallest level (0-based) of the distribution.</summary>
    private static int OrderStatistic(ReadOnlySpan<int> counts, long k)
    {
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (k < seen)
            {
                return i + 1;
            }
        }

        return counts.Length;
    }
}
