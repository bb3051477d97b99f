using System.Globalization;

namespace DataStrategy.Core.Roadmap;

/// <summary>The rules of roadmap tracking: expected progress, slipping, broken dependencies in reality, KPI status.</summary>
public static class Tracking
{
    /// <summary>Points behind the linear expectation from which an initiative is slipping.</summary>
    public const int BehindThreshold = 20;

    /// <summary>Largest absolute value a KPI figure may have.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>
    /// Percent complete expected on <paramref name="today"/> if work progresses linearly from the first day of
    /// <paramref name="plannedStart"/>'s month to the end of its last planned month: 0 before, 100 after.
    /// </summary>
    public static int ExpectedPercent(DateOnly plannedStart, int months, DateOnly today)
    {
        var start = new DateOnly(plannedStart.Year, plannedStart.Month, 1);
        var end = start.AddMonths(Math.Max(months, 1));
        if (today < start)
        {
            return 0;
        }

        if (today >= end)
        {
            return 100;
        }

        var fraction = (double)(today.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber);
        return (int)Math.Round(fraction * 100, MidpointRounding.AwayFromZero);
    }

    /// <summary>Why an initiative is slipping: later than its baseline finish, far behind the expected progress, or red.</summary>
    /// <param name="plannedLastMonth">Last month of the current plan.</param>
    /// <param name="baselineLastMonth">Last month in the baseline compared against (null when it was not in it).</param>
    /// <param name="percentComplete">Reported percent complete.</param>
    /// <param name="expectedPercent">See <see cref="ExpectedPercent"/>.</param>
    /// <param name="red">Whether its RAG is red.</param>
    /// <param name="done">Done work is not behind.</param>
    public static SlipReasons Slipping(DateOnly plannedLastMonth, DateOnly? baselineLastMonth, int percentComplete, int expectedPercent, bool red, bool done = false)
    {
        var reasons = SlipReasons.None;
        if (baselineLastMonth is { } b && Month(plannedLastMonth) > Month(b))
        {
            reasons |= SlipReasons.LaterThanBaseline;
        }

        if (!done && expectedPercent - percentComplete >= BehindThreshold)
        {
            reasons |= SlipReasons.BehindExpected;
        }

        if (red)
        {
            reasons |= SlipReasons.Red;
        }

        return reasons;
    }

    /// <summary>
    /// Whether what happened breaks a dependency: the successor started while its predecessor had not finished
    /// (finish-to-start) or not started (start-to-start). Months are compared: a hand-over within the same month is fine.
    /// </summary>
    public static bool BreaksDependency(bool startToStart, ActualProgress predecessor, ActualProgress successor)
    {
        if (!successor.Started)
        {
            return false;
        }

        if (startToStart)
        {
            if (!predecessor.Started)
            {
                return true;
            }

            return predecessor.Start is { } ps && successor.Start is { } ss && Month(ss) < Month(ps);
        }

        if (!predecessor.Finished)
        {
            return true;
        }

        return predecessor.Finish is { } pf && successor.Start is { } s && Month(s) < Month(pf);
    }

    /// <summary>The value the KPI should have on <paramref name="on"/> if it moved linearly from baseline to target (held at each end).</summary>
    public static decimal ExpectedValue(decimal baseline, DateOnly baselineOn, decimal target, DateOnly targetOn, DateOnly on)
    {
        if (targetOn <= baselineOn || on >= targetOn)
        {
            return on >= targetOn ? target : baseline;
        }

        if (on <= baselineOn)
        {
            return baseline;
        }

        var fraction = (decimal)(on.DayNumber - baselineOn.DayNumber) / (targetOn.DayNumber - baselineOn.DayNumber);
        return baseline + ((target - baseline) * fraction);
    }

    /// <summary>
    /// Achieved when the latest value has reached the target (in the target's direction from the baseline);
    /// on track when it is at least where the straight line from baseline to target says it should be on its date;
    /// at risk otherwise.
    /// </summary>
    public static KpiStatus Status(decimal baseline, DateOnly baselineOn, decimal target, DateOnly targetOn, decimal? latest, DateOnly? latestOn)
    {
        if (latest is not { } value || latestOn is not { } on)
        {
            return KpiStatus.NotMeasured;
        }

        var up = target >= baseline;
        if (up ? value >= target : value <= target)
        {
            return KpiStatus.Achieved;
        }

        var expected = ExpectedValue(baseline, baselineOn, target, targetOn, on);
        return (up ? value >= expected : value <= expected) ? KpiStatus.OnTrack : KpiStatus.AtRisk;
    }

    /// <summary>
    /// Reads a number typed by a person: "12,5" and "12.5" are the same, spaces (thousands groups) are ignored,
    /// at most <see cref="MaxMagnitude"/>; rounded to four decimals.
    /// </summary>
    public static NumberParse TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return NumberParse.Empty;
        }

        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0').ToArray()).Replace(',', '.');
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (cleaned.Length > 60 || !decimal.TryParse(cleaned, styles, CultureInfo.InvariantCulture, out var parsed))
        {
            // Too large for a decimal ("1e30") is still a number: say it is out of range rather than not a number.
            return cleaned.Length <= 60 && double.TryParse(cleaned, styles, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? NumberParse.OutOfRange
                : NumberParse.NotANumber;
        }

        if (Math.Abs(parsed) > MaxMagnitude)
        {
            return NumberParse.OutOfRange;
        }

        value = Math.Round(parsed, 4, MidpointRounding.AwayFromZero);
        return NumberParse.Ok;
    }

    private static int Month(DateOnly d) => (d.Year * 12) + d.Month;
}
