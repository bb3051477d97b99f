using System.Globalization;

namespace DataStrategy.Core.Analysis;

/// <summary>
/// How question scores roll up to topics, themes and the whole framework. Chosen per framework;
/// every rule stays on the framework's level scale (1…max).
/// </summary>
public sealed record RollUpRule(RollUpKind Kind, double Threshold = 0.8)
{
    public static RollUpRule Default { get; } = new(RollUpKind.Mean);

    /// <summary>The per-question measure the rule rolls up: the mean for <see cref="RollUpKind.Mean"/>, the median otherwise.</summary>
    public bool UsesMedian => Kind != RollUpKind.Mean;

    /// <summary>Whether the rule is usable: the threshold of a share rule is a whole percentage from 1% to 100%.</summary>
    public bool IsValid => Kind is >= RollUpKind.Mean and <= RollUpKind.ShareAtLevel
        && (Kind != RollUpKind.ShareAtLevel || IsThreshold(Threshold));

    private static bool IsThreshold(double t) => t >= 0.01 && t <= 1 && Math.Abs((t * 100) - Math.Round(t * 100)) < 1e-9;

    /// <summary>Stored form: "mean", "median", "minimum", "share:0.8".</summary>
    public string Format() => Kind switch
    {
        RollUpKind.Mean => "mean",
        RollUpKind.Median => "median",
        RollUpKind.MinimumLevelMet => "minimum",
        _ => "share:" + Threshold.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads the stored form; anything unreadable is the default (mean), so a bad value never hides results.</summary>
    public static RollUpRule Parse(string? text)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "median":
                return new RollUpRule(RollUpKind.Median);
            case "minimum":
                return new RollUpRule(RollUpKind.MinimumLevelMet);
            case { } s when s.StartsWith("share:", StringComparison.Ordinal)
                && double.TryParse(s[6..], NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && IsThreshold(t):
                return new RollUpRule(RollUpKind.ShareAtLevel, t);
            default:
                return Default;
        }
    }

    /// <summary>
    /// Rolls question scores up. For the mean rule the scores are question means, for the others
    /// question medians. Returns null when there is no score to roll up.
    /// </summary>
    public double? Apply(ReadOnlySpan<double> questionScores, int maxLevel)
    {
        if (questionScores.IsEmpty)
        {
            return null;
        }

        switch (Kind)
        {
            case RollUpKind.Mean:
                {
                    var sum = 0.0;
                    foreach (var s in questionScores)
                    {
                        sum += s;
                    }

                    return sum / questionScores.Length;
                }

            case RollUpKind.Median:
                {
                    var sorted = questionScores.ToArray();
                    Array.Sort(sorted);
                    var mid = sorted.Length / 2;
                    return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
                }

            case RollUpKind.MinimumLevelMet:
                {
                    var min = double.MaxValue;
                    foreach (var s in questionScores)
                    {
                        min = Math.Min(min, s);
                    }

                    return Math.Clamp(Math.Floor(min), 1, maxLevel);
                }

            default:
                {
                    // The highest level ℓ with share(median ≥ ℓ) ≥ threshold. Level 1 always qualifies.
                    var best = 1;
                    for (var level = 2; level <= maxLevel; level++)
                    {
                        var atOrAbove = 0;
                        foreach (var s in questionScores)
                        {
                            if (s >= level)
                            {
                                atOrAbove++;
                            }
                        }

                        if (atOrAbove >= Threshold * questionScores.Length - 1e-9)
                        {
                            best = level;
                        }
                        else
                        {
                            break;
                        }
                    }

                    return best;
                }
        }
    }
}
