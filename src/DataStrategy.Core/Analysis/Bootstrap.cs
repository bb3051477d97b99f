namespace DataStrategy.Core.Analysis;

/// <summary>
/// Percentile bootstrap of the mean level, resampled from the level counts: drawing n answers
/// with replacement from a distribution of counts is a multinomial draw, done here as one
/// binomial per level. Seeded, so a report regenerates with the same interval.
/// </summary>
public static class Bootstrap
{
    public static (double Low, double High) MeanInterval(ReadOnlySpan<int> counts, int resamples, ulong seed)
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total == 0 || resamples < 1)
        {
            return (double.NaN, double.NaN);
        }

        var n = (int)total;
        var rng = new SplitMixRng(seed);
        var means = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            var remaining = n;
            var remainingShare = 1.0;
            double sum = 0;
            for (var i = 0; i < counts.Length && remaining > 0; i++)
            {
                if (counts[i] == 0)
                {
                    continue;
                }

                var share = (double)counts[i] / n;
                int drawn;
                if (share >= remainingShare - 1e-12)
                {
                    drawn = remaining;
                }
                else
                {
                    drawn = Binomial(ref rng, remaining, share / remainingShare);
                }

                sum += (double)drawn * (i + 1);
                remaining -= drawn;
                remainingShare -= share;
            }

            means[b] = sum / n;
        }

        Array.Sort(means);
        return (LevelStatistics.QuantileOfSorted(means, 0.025), LevelStatistics.QuantileOfSorted(means, 0.975));
    }

    /// <summary>
    /// A binomial draw. Exact by geometric waiting times while n·p is small; above that, the
    /// normal approximation with continuity rounding, whose error is far below the interval's
    /// own resampling noise (n·p·(1-p) ≥ 12).
    /// </summary>
    internal static int Binomial(ref SplitMixRng rng, int n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        var flip = p > 0.5;
        var q = flip ? 1 - p : p;
        var mean = n * q;
        int k;
        if (mean * (1 - q) < 12)
        {
            k = 0;
            var logFail = Math.Log(1 - q);
            long position = 0;
            while (true)
            {
                position += (long)Math.Floor(Math.Log(rng.NextOpenDouble()) / logFail) + 1;
                if (position > n)
                {
                    break;
                }

                k++;
            }
        }
        else
        {
            k = (int)Math.Round(mean + (Math.Sqrt(mean * (1 - q)) * rng.NextGaussian()));
            k = Math.Clamp(k, 0, n);
        }

        return flip ? n - k : k;
    }
}
