namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>"Nice" axis ticks (1, 2, 2.5, 5 × 10ⁿ) covering a value range.</summary>
internal static class AxisScale
{
    /// <summary>Ticks from a nice minimum to a nice maximum with about <paramref name="target"/> steps; the range always has some height.</summary>
    public static (double Min, double Max, double Step) Nice(double min, double max, int target = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            (min, max) = (0, 1);
        }

        if (max < min)
        {
            (min, max) = (max, min);
        }

        if (max - min < 1e-12)
        {
            // One value (or all equal): open a band around it so it is not drawn on the edge.
            var pad = Math.Abs(max) > 1e-12 ? Math.Abs(max) * 0.1 : 1;
            min -= pad;
            max += pad;
        }

        var step = NiceStep((max - min) / Math.Max(target, 1));
        var lo = Math.Floor(min / step) * step;
        var hi = Math.Ceiling(max / step) * step;
        return (lo, hi, step);
    }

    private static double NiceStep(double raw)
    {
        var exponent = Math.Floor(Math.Log10(raw));
        var magnitude = Math.Pow(10, exponent);
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>The tick values, computed by index so rounding never adds or drops a tick.</summary>
    public static List<double> Ticks((double Min, double Max, double Step) scale)
    {
        var count = (int)Math.Round((scale.Max - scale.Min) / scale.Step);
        var ticks = new List<double>(count + 1);
        for (var i = 0; i <= count && i <= 1000; i++)
        {
            var v = scale.Min + (i * scale.Step);
            ticks.Add(Math.Abs(v) < scale.Step * 1e-9 ? 0 : v);
        }

        return ticks;
    }

    /// <summary>Decimals needed to tell ticks of this step apart (0 for 5, 1 for 0.5, 2 for 0.25).</summary>
    public static string Format(double step)
    {
        if (step >= 1 && Math.Abs(step - Math.Round(step)) < 1e-9)
        {
            return "#,0";
        }

        return step * 10 % 1 < 1e-9 || Math.Abs((step * 10 % 1) - 1) < 1e-9 ? "#,0.0" : "#,0.##";
    }
}
