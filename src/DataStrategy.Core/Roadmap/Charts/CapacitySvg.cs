using System.Globalization;
using System.Text;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Draws a <see cref="CapacityChart"/>: demand bars per period against a capacity step line.</summary>
public static class CapacitySvg
{
    /// <summary>Height of the plot area; the value axis maps 0…nice maximum onto it.</summary>
    internal const double PlotHeight = 220;
    internal const double Top = 28;
    private const double TickFont = 11, Pad = 8;

    public static string Render(CapacityChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var t = chart.Texts;
        var id = SvgWriter.SafeId(chart.IdPrefix);
        var periods = chart.PeriodLabels.Count;
        var totals = new double[periods];
        var capacity = new double[periods];
        double peak = 0, capMin = double.MaxValue, capMax = 0;
        for (var p = 0; p < periods; p++)
        {
            foreach (var d in chart.Demand)
            {
                totals[p] += Value(d.Values, p);
            }

            capacity[p] = CapacityAt(chart.Capacity, p);
            peak = Math.Max(peak, totals[p]);
            capMin = Math.Min(capMin, capacity[p]);
            capMax = Math.Max(capMax, capacity[p]);
        }

        if (periods == 0)
        {
            capMin = 0;
        }

        var scale = AxisScale.Nice(0, Math.Max(Math.Max(peak, capMax), 1e-9) <= 1e-9 ? 1 : Math.Max(peak, capMax));
        scale = (0, scale.Max, scale.Step);
        var ticks = AxisScale.Ticks(scale);
        var tickFormat = AxisScale.Format(scale.Step);
        var axisWidth = 0.0;
        foreach (var tick in ticks)
        {
            axisWidth = Math.Max(axisWidth, SvgWriter.TextWidth(tick.ToString(tickFormat, t.Culture), TickFont));
        }

        var x0 = Math.Max(axisWidth, SvgWriter.TextWidth(t.Unit, TickFont)) + Pad + 10;
        var (pw, step) = PeriodScale(chart.PeriodLabels);
        var plotRight = x0 + (Math.Max(periods, 1) * pw);
        var width = plotRight + 24;
        var bottom = Top + PlotHeight;
        double Y(double v) => bottom - ((v - scale.Min) / (scale.Max - scale.Min) * PlotHeight);

        var legend = new ChartLegend(width - (2 * Pad));
        for (var i = 0; i < chart.Demand.Count; i++)
        {
            var css = "seg s" + (i % 6).ToString(CultureInfo.InvariantCulture);
            legend.Add(chart.Demand[i].Label, (w, x, y, _) => w.Rect(css, x, y - 6, 24, 12, 1));
        }

        legend.Add(t.Capacity, (w, x, y, _) => w.Raw("<path class=\"capacity\"").Attr("d", "M" + SvgWriter.Num(x) + " " + SvgWriter.Num(y + 4) + "h10v-8h14").Raw("/>"));
        var overItems = new StringBuilder();
        var overCount = 0;
        for (var p = 0; p < periods; p++)
        {
            var excess = Math.Round(totals[p] - capacity[p], 2);
            if (excess > 0)
            {
                if (overCount++ > 0)
                {
                    overItems.Append(t.ListSeparator);
                }

                overItems.Append(string.Format(t.Culture, t.OverItemFormat, chart.PeriodLabels[p], excess.ToString("0.##", t.Culture), t.Unit));
            }
        }

        if (overCount > 0)
        {
            legend.Add(t.Over, (w, x, y, lid) => w.Raw("<rect class=\"over\"").Num("x", x).Num("y", y - 6).Raw(" width=\"24\" height=\"12\"").Attr("fill", "url(#" + lid + "-hatch)").Raw("/>"));
        }

        var labelsBottom = bottom + 20;
        var legendTop = labelsBottom + 10;
        var height = legendTop + legend.Height + Pad;

        var first = periods > 0 ? chart.PeriodLabels[0] : string.Empty;
        var last = periods > 0 ? chart.PeriodLabels[periods - 1] : string.Empty;
        var desc = string.Format(t.Culture, t.SummaryFormat, first, last, t.Unit, peak.ToString("0.##", t.Culture), capMin.ToString("0.##", t.Culture), capMax.ToString("0.##", t.Culture))
            + " " + (overCount > 0 ? string.Format(t.Culture, t.OverFormat, overItems.ToString()) : t.Within);

        var w = new SvgWriter(2048 + (periods * (300 + (chart.Demand.Count * 80))));
        w.Open(id, "chart roadmap capacity", width, height, t.Title, desc);
        w.Raw("<defs><pattern").Attr("id", id + "-hatch")
            .Raw(" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\"><rect class=\"hatch-bg\" width=\"6\" height=\"6\"/><line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>");

        // Value axis: grid lines with nice ticks, the unit above them.
        w.TextAt("unit", x0 - 8, Top - 12, t.Unit, "end");
        foreach (var tick in ticks)
        {
            var ty = Y(tick);
            w.Line(tick == 0 ? "axis" : "grid", x0, ty, plotRight, ty);
            w.TextAt("tick", x0 - 8, ty + 4, tick.ToString(tickFormat, t.Culture), "end");
        }

        var barWidth = Math.Max(pw * 0.62, Math.Min(pw - 1, 3));
        for (var p = 0; p < periods; p++)
        {
            var px = x0 + (p * pw);
            var bx = px + ((pw - barWidth) / 2);
            var cap = capacity[p];
            w.Raw("<g class=\"period\"><title>").Text(chart.PeriodLabels[p] + ": " + totals[p].ToString("0.##", t.Culture) + " / " + cap.ToString("0.##", t.Culture) + " " + t.Unit).Raw("</title>");
            var acc = 0.0;
            for (var i = 0; i < chart.Demand.Count; i++)
            {
                var v = Value(chart.Demand[i].Values, p);
                var lo = acc;
                var hi = Math.Min(acc + v, Math.Max(cap, lo));
                acc += v;
                if (hi > lo)
                {
                    w.Rect("seg s" + (i % 6).ToString(CultureInfo.InvariantCulture), bx, Y(hi), barWidth, Y(lo) - Y(hi));
                }
            }

            if (Math.Round(totals[p] - cap, 2) > 0)
            {
                // Everything above the capacity is one hatched block, whatever initiative it belongs to.
                var lo = Math.Max(cap, 0);
                w.Raw("<rect class=\"over\"").Num("x", bx).Num("y", Y(totals[p])).Num("width", barWidth).Num("height", Y(lo) - Y(totals[p]))
                    .Attr("fill", "url(#" + id + "-hatch)").Raw("/>");
                w.TextAt("over-label", bx + (barWidth / 2), Y(totals[p]) - 4, "+" + (totals[p] - cap).ToString("0.#", t.Culture), "middle");
            }

            w.Raw("</g>");
            if (p % step == 0)
            {
                var label = chart.PeriodLabels[p];
                if (step == 1)
                {
                    w.TextAt("tick", px + (pw / 2), bottom + 16, SvgWriter.Truncate(label, pw - 2, TickFont), "middle");
                }
                else
                {
                    w.Line("axis", px, bottom, px, bottom + 4);
                    w.TextAt("tick", px + 2, bottom + 16, SvgWriter.Truncate(label, (step * pw) - 4, TickFont));
                }
            }
        }

        if (periods > 0)
        {
            var d = new StringBuilder("M").Append(SvgWriter.Num(x0)).Append(' ').Append(SvgWriter.Num(Y(capacity[0])));
            for (var p = 0; p < periods; p++)
            {
                if (p > 0 && capacity[p] != capacity[p - 1])
                {
                    d.Append('V').Append(SvgWriter.Num(Y(capacity[p])));
                }

                d.Append('H').Append(SvgWriter.Num(x0 + ((p + 1) * pw)));
            }

            w.Raw("<path class=\"capacity\"").Attr("d", d.ToString()).Raw("/>");
        }

        legend.Write(w, id, Pad, legendTop);
        w.Raw("</svg>");
        return w.ToString();
    }

    private static double Value(IReadOnlyList<double> values, int p)
    {
        if (p >= values.Count)
        {
            return 0;
        }

        var v = values[p];
        return double.IsFinite(v) && v > 0 ? v : 0;
    }

    internal static double CapacityAt(IReadOnlyList<double> capacity, int p)
    {
        if (capacity.Count == 0)
        {
            return 0;
        }

        var v = capacity[Math.Clamp(p, 0, capacity.Count - 1)];
        return double.IsFinite(v) && v > 0 ? v : 0;
    }

    private static (double Width, int Step) PeriodScale(IReadOnlyList<string> labels)
    {
        var periods = Math.Max(labels.Count, 1);
        var widest = 0.0;
        foreach (var label in labels)
        {
            widest = Math.Max(widest, SvgWriter.TextWidth(label, TickFont));
        }

        var pw = Math.Round(periods <= 36 ? Math.Clamp(760.0 / periods, 24, 64) : Math.Clamp(900.0 / periods, 6, 24), 1);
        foreach (var step in (ReadOnlySpan<int>)[1, 2, 3, 6, 12, 24])
        {
            if (step * pw >= widest + 4)
            {
                return (pw, step);
            }
        }

        return (pw, 48);
    }
}
