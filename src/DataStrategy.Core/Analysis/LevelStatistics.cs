namespace DataStrategy.Core.Analysis;

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
