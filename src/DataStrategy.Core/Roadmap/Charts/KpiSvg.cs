using System.Text;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Draws a <see cref="KpiChart"/>: measurements as a line with dots, the baseline and the target as distinct marks.</summary>
public static class KpiSvg
{
    internal const double PlotHeight = 240, Top = 30, PlotWidth = 560;
    private const double TickFont = 11, Pad = 8;
    private const string ValueFormat = "#,0.##";

    public static string Render(KpiChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var t = chart.Texts;
        var id = SvgWriter.SafeId(chart.IdPrefix);
        var points = new List<KpiPoint>(chart.Measurements.Count);
        foreach (var m in chart.Measurements)
        {
            if (m is not null && double.IsFinite(m.Value))
            {
                points.Add(m);
            }
        }

        // Stable by date so equal dates keep the caller's order (determinism).
        points = [.. points.OrderBy(p => p.Date.DayNumber)];
        var baseline = chart.Baseline is { } b && double.IsFinite(b.Value) ? b : null;
        var target = chart.Target is { } g && double.IsFinite(g.Value) ? g : null;

        double vmin = double.MaxValue, vmax = double.MinValue;
        int dmin = int.MaxValue, dmax = int.MinValue;
        void Include(KpiPoint p)
        {
            vmin = Math.Min(vmin, p.Value);
            vmax = Math.Max(vmax, p.Value);
            dmin = Math.Min(dmin, p.Date.DayNumber);
            dmax = Math.Max(dmax, p.Date.DayNumber);
        }

        foreach (var p in points)
        {
            Include(p);
        }

        if (baseline is not null)
        {
            Include(baseline);
        }

        if (target is not null)
        {
            Include(target);
        }

        foreach (var tick in chart.AxisDates)
        {
            dmin = Math.Min(dmin, tick.Date.DayNumber);
            dmax = Math.Max(dmax, tick.Date.DayNumber);
        }

        if (vmin > vmax)
        {
            (vmin, vmax) = (0, 1);
        }

        if (dmin > dmax)
        {
            dmin = dmax = 0;
        }

        if (dmax - dmin < 30)
        {
            dmin -= 15;
            dmax += 15;
        }

        var scale = AxisScale.Nice(vmin, vmax);
        var ticks = AxisScale.Ticks(scale);
        var tickFormat = AxisScale.Format(scale.Step);
        var axisWidth = SvgWriter.TextWidth(t.Unit, TickFont);
        foreach (var tick in ticks)
        {
            axisWidth = Math.Max(axisWidth, SvgWriter.TextWidth(tick.ToString(tickFormat, t.Culture), TickFont));
        }

        var x0 = axisWidth + Pad + 10;
        var plotRight = x0 + PlotWidth;
        var width = plotRight + 16;
        var bottom = Top + PlotHeight;
        var span = (double)(dmax - dmin);

        // 4 % inset each side keeps markers on the first and last date clear of the plot edges.
        double X(int day) => x0 + (PlotWidth * (0.04 + (0.92 * (day - dmin) / span)));
        double Y(double v) => bottom - ((v - scale.Min) / (scale.Max - scale.Min) * PlotHeight);

        var legend = new ChartLegend(width - (2 * Pad));
        legend.Add(t.Measured, (w, x, y, _) =>
        {
            w.Line("series", x, y, x + 24, y);
            w.Raw("<circle class=\"dot\"").Num("cx", x + 12).Num("cy", y).Raw(" r=\"3.5\"/>");
        });
        if (baseline is not null)
        {
            legend.Add(t.Baseline, (w, x, y, _) =>
            {
                w.Line("baseline-line", x, y, x + 24, y);
                w.Rect("baseline-mark", x + 7.5, y - 4.5, 9, 9);
            });
        }

        if (target is not null)
        {
            legend.Add(t.Target, (w, x, y, _) =>
            {
                w.Line("target-line", x, y, x + 24, y);
                TargetMark(w, x + 12, y);
            });
        }

        var legendTop = bottom + 30;
        var height = legendTop + legend.Height + Pad;

        var desc = new StringBuilder();
        if (points.Count == 0)
        {
            desc.Append(t.NoMeasurements);
        }
        else
        {
            var latest = points[^1];
            desc.Append(string.Format(t.Culture, t.MeasurementsFormat, points.Count, latest.Value.ToString(ValueFormat, t.Culture), t.Unit, latest.DateLabel));
        }

        if (baseline is not null)
        {
            desc.Append(t.Separator).Append(string.Format(t.Culture, t.BaselineFormat, baseline.Value.ToString(ValueFormat, t.Culture), t.Unit, baseline.DateLabel));
        }

        if (target is not null)
        {
            desc.Append(t.Separator).Append(string.Format(t.Culture, t.TargetFormat, target.Value.ToString(ValueFormat, t.Culture), t.Unit, target.DateLabel));
        }

        var w = new SvgWriter(4096 + (points.Count * 200));
        w.Open(id, "chart roadmap kpi", width, height, t.Title, desc.ToString());
        w.TextAt("unit", x0 - 8, Top - 14, t.Unit, "end");
        foreach (var tick in ticks)
        {
            var ty = Y(tick);
            w.Line(tick == 0 && scale.Min < 0 ? "zero" : "grid", x0, ty, plotRight, ty);
            w.TextAt("tick", x0 - 8, ty + 4, tick.ToString(tickFormat, t.Culture), "end");
        }

        w.Line("axis", x0, bottom, plotRight, bottom);
        DateAxis(w, chart, points, baseline, target, X, bottom);

        if (baseline is not null)
        {
            var by = Y(baseline.Value);
            w.Line("baseline-line", x0, by, plotRight, by);
        }

        if (target is not null)
        {
            var ty = Y(target.Value);
            w.Line("target-line", x0, ty, plotRight, ty);
        }

        if (points.Count == 0)
        {
            w.TextAt("empty", x0 + (PlotWidth / 2), Top + (PlotHeight / 2), t.NoMeasurements, "middle");
        }
        else
        {
            var d = new StringBuilder();
            foreach (var p in points)
            {
                d.Append(d.Length == 0 ? 'M' : 'L').Append(SvgWriter.Num(X(p.Date.DayNumber))).Append(' ').Append(SvgWriter.Num(Y(p.Value)));
            }

            if (points.Count > 1)
            {
                w.Raw("<path class=\"series\"").Attr("d", d.ToString()).Raw("/>");
            }

            foreach (var p in points)
            {
                w.Raw("<circle class=\"dot\"").Num("cx", X(p.Date.DayNumber)).Num("cy", Y(p.Value)).Raw(" r=\"4\"><title>")
                    .Text(p.DateLabel + ": " + p.Value.ToString(ValueFormat, t.Culture) + " " + t.Unit).Raw("</title></circle>");
            }

            var latest = points[^1];
            var lx = X(latest.Date.DayNumber);
            var ly = Y(latest.Value);
            var text = latest.Value.ToString(ValueFormat, t.Culture) + " " + t.Unit;
            var below = ly - 10 < Top + 4;
            w.TextAt("value-label", lx, below ? ly + 20 : ly - 10, text.Trim(), "middle");
        }

        if (baseline is not null)
        {
            var bx = X(baseline.Date.DayNumber);
            var by = Y(baseline.Value);
            w.Raw("<g class=\"mark\"><title>").Text(string.Format(t.Culture, t.BaselineFormat, baseline.Value.ToString(ValueFormat, t.Culture), t.Unit, baseline.DateLabel)).Raw("</title>");
            w.Rect("baseline-mark", bx - 5, by - 5, 10, 10);
            w.Raw("</g>");
            var above = by + 18 > bottom - 2;
            w.TextAt("mark-label baseline-label", bx + 8, above ? by - 9 : by + 17, t.Baseline + " " + baseline.Value.ToString(ValueFormat, t.Culture));
        }

        if (target is not null)
        {
            var gx = X(target.Date.DayNumber);
            var gy = Y(target.Value);
            w.Raw("<g class=\"mark\"><title>").Text(string.Format(t.Culture, t.TargetFormat, target.Value.ToString(ValueFormat, t.Culture), t.Unit, target.DateLabel)).Raw("</title>");
            TargetMark(w, gx, gy);
            w.Raw("</g>");
            var label = t.Target + " " + target.Value.ToString(ValueFormat, t.Culture);
            var above = gy - 12 > Top;
            w.TextAt("mark-label target-label", gx - 10, above ? gy - 10 : gy + 20, label, "end");
        }

        legend.Write(w, id, Pad, legendTop);
        w.Raw("</svg>");
        return w.ToString();
    }

    private static void TargetMark(SvgWriter w, double x, double y)
    {
        w.Raw("<circle class=\"target-mark\"").Num("cx", x).Num("cy", y).Raw(" r=\"7\"/>");
        w.Raw("<circle class=\"target-dot\"").Num("cx", x).Num("cy", y).Raw(" r=\"2.5\"/>");
    }

    /// <summary>Date labels, left to right, skipping any that would touch the previous one.</summary>
    private static void DateAxis(SvgWriter w, KpiChart chart, List<KpiPoint> points, KpiPoint? baseline, KpiPoint? target, Func<int, double> x, double bottom)
    {
        var ticks = new SortedDictionary<int, string>();
        if (chart.AxisDates.Count > 0)
        {
            foreach (var tick in chart.AxisDates)
            {
                ticks.TryAdd(tick.Date.DayNumber, tick.Label);
            }
        }
        else
        {
            foreach (var p in points)
            {
                ticks.TryAdd(p.Date.DayNumber, p.DateLabel);
            }

            if (baseline is not null)
            {
                ticks.TryAdd(baseline.Date.DayNumber, baseline.DateLabel);
            }

            if (target is not null)
            {
                ticks.TryAdd(target.Date.DayNumber, target.DateLabel);
            }
        }

        var lastRight = double.MinValue;
        foreach (var (day, label) in ticks)
        {
            var tx = x(day);
            var half = SvgWriter.TextWidth(label, TickFont) / 2;
            if (tx - half < lastRight + 8)
            {
                continue;
            }

            w.Line("axis", tx, bottom, tx, bottom + 4);
            w.TextAt("tick", tx, bottom + 17, label, "middle");
            lastRight = tx + half;
        }
    }
}
