using System.Globalization;

namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>Draws a <see cref="GanttChart"/> as accessible, style-free SVG (classes only; see roadmap-charts.css).</summary>
public static class GanttSvg
{
    private const double LabelColumn = 280, Pad = 8, BandHeight = 22, PeriodHeight = 22, GroupHeight = 28, RowHeight = 28;
    private const double BarOffset = 6, BarHeight = 14, LabelFont = 12.5, TickFont = 11, LegendRow = 22;
    private const int DenseThreshold = 36;

    /// <summary>The SVG markup; deterministic for equal input.</summary>
    public static string Render(GanttChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var t = chart.Texts;
        var id = SvgWriter.SafeId(chart.IdPrefix);

        // Pass 1: rows, extent and counts, so the root element can carry the final size.
        var itemCount = 0;
        var periods = Math.Max(chart.PeriodLabels.Count, 1);
        int critical = 0, locked = 0, milestones = 0;
        bool anyProgress = false, anyBaseline = false, anyLink = false, anyMilestone = false;
        bool anyGreen = false, anyAmber = false, anyRed = false, anyPlanned = false;
        foreach (var group in chart.Groups)
        {
            foreach (var item in group.Items)
            {
                itemCount++;
                periods = Math.Max(periods, Math.Max(item.Start, 0) + Math.Max(item.Duration, 0));
                if (item.Baseline is { } b)
                {
                    periods = Math.Max(periods, Math.Max(b.Start, 0) + Math.Max(b.Duration, 0));
                    anyBaseline = true;
                }

                critical += item.Critical ? 1 : 0;
                locked += item.Locked ? 1 : 0;
                milestones += item.Duration <= 0 ? 1 : 0;
                anyMilestone |= item.Duration <= 0 || item.Milestones.Count > 0;
                anyPlanned |= item.Duration > 0;
                anyProgress |= item.Progress is not null && item.Duration > 0;
                anyGreen |= item.Rag == RagStatus.Green;
                anyAmber |= item.Rag == RagStatus.Amber;
                anyRed |= item.Rag == RagStatus.Red;
                anyLink |= SvgWriter.SafeHref(item.Href) is not null;
            }
        }

        var (periodWidth, step) = chart.PeriodWidth is { } zoomed && zoomed > 0 ? (Math.Round(Math.Clamp(zoomed, 4, 160), 1), 1) : PeriodScale(chart.PeriodLabels, periods);
        var hasBands = chart.Bands.Count > 0;
        var headerBottom = (hasBands ? BandHeight : 0) + PeriodHeight;
        var rowsBottom = headerBottom + (chart.Groups.Count * GroupHeight) + (itemCount * RowHeight);
        var x0 = LabelColumn;
        var critTagWidth = SvgWriter.TextWidth(t.Critical, 10.5) + 10;
        var plotRight = x0 + (periods * periodWidth);
        var width = plotRight + Math.Max(Pad * 2, critTagWidth);
        var today = chart.Today is { } td && td >= 0 && td <= periods ? td : (double?)null;
        var legendTop = rowsBottom + (today is null ? 14 : 30);
        var legend = Legend(t, anyPlanned, anyProgress, critical > 0, anyBaseline, anyMilestone, locked > 0, chart.Links.Count > 0, HasSs(chart.Links), anyGreen, anyAmber, anyRed, today is not null, width - (2 * Pad));
        var height = legendTop + legend.Height + Pad;

        var first = chart.PeriodLabels.Count > 0 ? chart.PeriodLabels[0] : string.Empty;
        var last = chart.PeriodLabels.Count > 0 ? chart.PeriodLabels[Math.Min(periods, chart.PeriodLabels.Count) - 1] : string.Empty;
        var desc = string.Format(t.Culture, t.SummaryFormat, itemCount, first, last, critical, locked, milestones);

        var w = new SvgWriter(1024 + (itemCount * 900) + (chart.Links.Count * 300));
        w.Open(id, "chart roadmap gantt", width, height, t.Title, desc, anyLink);
        Defs(w, id);

        // Header and grid.
        w.Rect("hdr-bg", 0, 0, width, headerBottom);
        if (hasBands)
        {
            foreach (var band in chart.Bands)
            {
                var bs = Math.Clamp(band.Start, 0, periods);
                var be = Math.Clamp(band.Start + Math.Max(band.Length, 1), 0, periods);
                if (be <= bs)
                {
                    continue;
                }

                var bx = x0 + (bs * periodWidth);
                var bw = (be - bs) * periodWidth;
                w.Line("grid major", bx, 0, bx, rowsBottom);
                w.TextAt("band", bx + 6, BandHeight - 7, SvgWriter.Truncate(band.Label, bw - 10, TickFont));
            }
        }

        var bandStarts = BandStarts(chart.Bands, periods);
        for (var p = 0; p < periods; p++)
        {
            var px = x0 + (p * periodWidth);
            if (!bandStarts.Contains(p))
            {
                w.Line("grid", px, headerBottom - PeriodHeight, px, rowsBottom);
            }

            var phase = LastBandStartAtOrBefore(bandStarts, p);
            if (chart.PeriodWidth is not null)
            {
                if (p < chart.PeriodLabels.Count && chart.PeriodLabels[p].Length > 0)
                {
                    var next = p + 1;
                    while (next < periods && (next >= chart.PeriodLabels.Count || chart.PeriodLabels[next].Length == 0))
                    {
                        next++;
                    }

                    w.TextAt("tick", px + 3, headerBottom - 7, SvgWriter.Truncate(chart.PeriodLabels[p], ((next - p) * periodWidth) - 4, TickFont));
                }
            }
            else if ((p - phase) % step == 0 && p < chart.PeriodLabels.Count)
            {
                var label = chart.PeriodLabels[p];
                if (step == 1)
                {
                    w.TextAt("tick", px + (periodWidth / 2), headerBottom - 7, SvgWriter.Truncate(label, periodWidth - 2, TickFont), "middle");
                }
                else
                {
                    w.TextAt("tick", px + 3, headerBottom - 7, SvgWriter.Truncate(label, (step * periodWidth) - 4, TickFont));
                }
            }
        }

        w.Line("grid major", plotRight, 0, plotRight, rowsBottom);
        w.Line("axis", 0, headerBottom, width, headerBottom);
        w.Line("axis", x0, 0, x0, rowsBottom);

        // Row geometry for the arrows: start x, end x and middle y per key.
        var geometry = new Dictionary<string, (double Start, double End, double Mid, double Top)>(itemCount, StringComparer.Ordinal);
        var y = headerBottom;
        var rowY = new double[itemCount];
        var index = 0;
        foreach (var group in chart.Groups)
        {
            y += GroupHeight;
            foreach (var item in group.Items)
            {
                rowY[index++] = y;
                var (sx, ex) = BarExtent(item, x0, periodWidth, periods);
                geometry.TryAdd(item.Key ?? string.Empty, (sx, ex, y + BarOffset + (BarHeight / 2), y));
                y += RowHeight;
            }
        }

        // Group rows (background, name, span of the workstream) and row lines.
        y = headerBottom;
        index = 0;
        foreach (var group in chart.Groups)
        {
            w.Rect("group-bg", 0, y, width, GroupHeight);
            w.TextAt("group-label", Pad, y + 18, SvgWriter.Truncate(group.Label, LabelColumn - (2 * Pad), LabelFont));
            var min = double.MaxValue;
            var max = double.MinValue;
            foreach (var item in group.Items)
            {
                var (sx, ex) = BarExtent(item, x0, periodWidth, periods);
                min = Math.Min(min, sx);
                max = Math.Max(max, ex);
            }

            if (max > min)
            {
                w.Rect("group-span", min, y + 12, max - min, 4, 1);
            }

            y += GroupHeight;
            for (var i = 0; i < group.Items.Count; i++)
            {
                y += RowHeight;
                w.Line("row-line", 0, y, width, y);
                index++;
            }
        }

        // Arrows go under the bars so bars stay readable where lines cross them.
        w.Raw("<g class=\"links\">");
        foreach (var link in chart.Links)
        {
            if (!geometry.TryGetValue(link.From ?? string.Empty, out var a) || !geometry.TryGetValue(link.To ?? string.Empty, out var b) || ReferenceEquals(link.From, link.To) || link.From == link.To)
            {
                continue;
            }

            var css = link.Kind == DependencyKind.StartToStart ? "link ss" : "link";
            if (link.Critical)
            {
                css += " crit";
            }

            w.Raw("<path").Attr("class", css).Attr("d", LinkPath(link.Kind, a, b))
                .Attr("marker-end", "url(#" + id + (link.Critical ? "-arrow-crit)" : "-arrow)"));
            if (link.Lag != 0)
            {
                w.Raw("><title>").Text(string.Format(t.Culture, t.LagFormat, link.Lag.ToString("+0;-0", t.Culture))).Raw("</title></path>");
            }
            else
            {
                w.Raw("/>");
            }
        }

        w.Raw("</g>");

        // Items.
        index = 0;
        foreach (var group in chart.Groups)
        {
            foreach (var item in group.Items)
            {
                Item(w, t, item, rowY[index++], x0, periodWidth, periods, chart.PeriodLabels, plotRight);
            }
        }

        if (today is { } tx)
        {
            var x = x0 + (tx * periodWidth);
            w.Line("today", x, headerBottom, x, rowsBottom);
            var tw = SvgWriter.TextWidth(t.Today, TickFont) + 12;
            var left = Math.Clamp(x - (tw / 2), 0, width - tw);
            w.Rect("today-flag", left, rowsBottom + 2, tw, 18, 3);
            w.TextAt("today-label", left + (tw / 2), rowsBottom + 15, t.Today, "middle");
        }

        legend.Write(w, id, Pad, legendTop);
        w.Raw("</svg>");
        return w.ToString();
    }

    private static bool HasSs(IReadOnlyList<GanttLink> links)
    {
        foreach (var l in links)
        {
            if (l.Kind == DependencyKind.StartToStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Width of a period and how often to label one. Up to 36 periods every period gets a label and a
    /// comfortable width; longer plans get narrow periods labelled every 2, 3, 6 or 12 so labels never collide.
    /// </summary>
    internal static (double Width, int Step) PeriodScale(IReadOnlyList<string> labels, int periods)
    {
        var widest = 0.0;
        foreach (var label in labels)
        {
            widest = Math.Max(widest, SvgWriter.TextWidth(label, TickFont));
        }

        if (periods <= DenseThreshold)
        {
            var pw = Math.Clamp(Math.Max(1000.0 / periods, widest + 8), 30, 160);
            return (Math.Round(pw, 1), 1);
        }

        var width = Math.Round(Math.Clamp(1200.0 / periods, 8, 30), 1);
        foreach (var step in (ReadOnlySpan<int>)[1, 2, 3, 6, 12, 24])
        {
            if (step * width >= widest + 6)
            {
                return (width, step);
            }
        }

        return (width, 48);
    }

    private static List<int> BandStarts(IReadOnlyList<PeriodBand> bands, int periods)
    {
        var starts = new List<int>(bands.Count);
        foreach (var band in bands)
        {
            if (band.Start >= 0 && band.Start < periods)
            {
                starts.Add(band.Start);
            }
        }

        starts.Sort();
        return starts;
    }

    private static int LastBandStartAtOrBefore(List<int> starts, int p)
    {
        var i = starts.BinarySearch(p);
        if (i >= 0)
        {
            return starts[i];
        }

        i = ~i;
        return i == 0 ? 0 : starts[i - 1];
    }

    private static (double Start, double End) BarExtent(GanttItem item, double x0, double pw, int periods)
    {
        var s = Math.Clamp(item.Start, 0, periods);
        var e = Math.Clamp(item.Start + Math.Max(item.Duration, 0), s, periods);
        if (item.Duration <= 0)
        {
            // A milestone's diamond is 7 units wide either side of its date.
            var x = x0 + (s * pw);
            return (x - 7, x + 7);
        }

        return (x0 + (s * pw), x0 + (e * pw));
    }

    /// <summary>An orthogonal route: FS leaves the predecessor's end, SS its start; both enter the successor's start.</summary>
    internal static string LinkPath(DependencyKind kind, (double Start, double End, double Mid, double Top) a, (double Start, double End, double Mid, double Top) b)
    {
        var tx = b.Start;
        var ty = b.Mid;
        if (kind == DependencyKind.StartToStart)
        {
            var sx = a.Start;
            var lane = Math.Min(sx, tx) - 8;
            return "M" + SvgWriter.Num(sx) + " " + SvgWriter.Num(a.Mid) + "H" + SvgWriter.Num(lane) + "V" + SvgWriter.Num(ty) + "H" + SvgWriter.Num(tx);
        }

        // FS leaves through the bottom (or top) edge just inside the bar's end, which keeps the space right of
        // the bar free for the critical tag and makes fan-outs from one bar distinguishable.
        var down = b.Top > a.Top;
        var fx = Math.Max(a.End - 6, (a.Start + a.End) / 2);
        var fy = a.Mid + (down ? 8 : -8);
        if (tx - fx >= 8)
        {
            return "M" + SvgWriter.Num(fx) + " " + SvgWriter.Num(fy) + "V" + SvgWriter.Num(ty) + "H" + SvgWriter.Num(tx);
        }

        // The successor starts before (or just after) the predecessor ends: go round through the gap between rows.
        var gap = down ? b.Top : b.Top + RowHeight;
        return "M" + SvgWriter.Num(fx) + " " + SvgWriter.Num(fy) + "V" + SvgWriter.Num(gap) + "H" + SvgWriter.Num(tx - 10) + "V" + SvgWriter.Num(ty) + "H" + SvgWriter.Num(tx);
    }

    private static void Defs(SvgWriter w, string id)
    {
        w.Raw("<defs>");
        foreach (var (suffix, css) in new[] { ("-arrow", "arrowhead"), ("-arrow-crit", "arrowhead crit") })
        {
            w.Raw("<marker").Attr("id", id + suffix)
                .Raw(" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .Raw("<path").Attr("class", css).Raw(" d=\"M0 0L10 5L0 10z\"/></marker>");
        }

        w.Raw("</defs>");
    }

    private static void Item(SvgWriter w, GanttTexts t, GanttItem item, double y, double x0, double pw, int periods, IReadOnlyList<string> labels, double plotRight)
    {
        var css = "item" + (item.Critical ? " crit" : string.Empty) + (item.Locked ? " locked" : string.Empty) + RagClass(item.Rag);
        var opened = w.OpenLink(item.Href);

        // With a link the whole row (label and bar) is one target; the title names it for assistive technology.
        w.Raw("<g").Attr("class", css).Raw(">");

        w.Raw("<title>").Text(Tooltip(t, item, labels)).Raw("</title>");

        // Row header: name, then the locked and RAG glyphs in fixed columns so they line up.
        w.TextAt("row-label", Pad + 12, y + 18, SvgWriter.Truncate(item.Label, LabelColumn - Pad - 12 - 44, LabelFont));
        if (item.Locked)
        {
            Padlock(w, LabelColumn - 38, y + 7);
        }

        RagGlyph(w, item.Rag, LabelColumn - 14, y + 14);

        if (item.Baseline is { } b && b.Duration > 0)
        {
            var bs = Math.Clamp(b.Start, 0, periods);
            var be = Math.Clamp(b.Start + b.Duration, bs, periods);
            w.Rect("baseline", x0 + (bs * pw), y + BarOffset + BarHeight + 2, (be - bs) * pw, 4, 1);
        }

        var (sx, ex) = BarExtent(item, x0, pw, periods);
        var mid = y + BarOffset + (BarHeight / 2);
        if (item.Duration <= 0)
        {
            Diamond(w, item.Critical ? "milestone crit" : "milestone", sx + 7, mid, 7.5);
        }
        else
        {
            w.Rect(item.Critical ? "bar crit" : "bar", sx, y + BarOffset, ex - sx, BarHeight, 3);
            if (item.Progress is { } progress)
            {
                var f = Math.Clamp(double.IsNaN(progress) ? 0 : progress, 0, 1);
                if (f > 0)
                {
                    w.Rect("progress", sx + 2, y + BarOffset + 4, (ex - sx - 4) * f, BarHeight - 8, 1);
                }
            }

            foreach (var m in item.Milestones)
            {
                var mx = x0 + (Math.Clamp(m.At, 0, periods) * pw);
                w.Raw("<g class=\"ms-inner\"><title>").Text(m.Label).Raw("</title>");
                Diamond(w, "milestone inner", mx, mid, 5);
                w.Raw("</g>");
            }
        }

        if (item.Critical)
        {
            var tagWidth = SvgWriter.TextWidth(t.Critical, 10.5);
            if (ex + 6 + tagWidth <= plotRight + 60)
            {
                w.TextAt("crit-tag", ex + 5, mid + 4, t.Critical);
            }
            else if (sx - 6 - tagWidth >= x0)
            {
                w.TextAt("crit-tag", sx - 5, mid + 4, t.Critical, "end");
            }
        }

        w.Raw("</g>");
        w.CloseLink(opened);
    }

    private static string RagClass(RagStatus rag) => rag switch
    {
        RagStatus.Green => " rag-g",
        RagStatus.Amber => " rag-a",
        RagStatus.Red => " rag-r",
        _ => string.Empty,
    };

    private static string Tooltip(GanttTexts t, GanttItem item, IReadOnlyList<string> labels)
    {
        string Label(int p) => labels.Count == 0 ? string.Empty : labels[Math.Clamp(p, 0, labels.Count - 1)];
        var text = item.Duration <= 0
            ? item.Label + ": " + Label(item.Start) + " (" + t.Milestone + ")"
            : item.Label + ": " + Label(item.Start) + " – " + Label(item.Start + item.Duration - 1);
        if (item.Progress is { } p && item.Duration > 0)
        {
            text += "; " + t.Progress + " " + Math.Clamp(double.IsNaN(p) ? 0 : p, 0, 1).ToString("P0", t.Culture);
        }

        if (item.Critical)
        {
            text += "; " + t.Critical;
        }

        if (item.Locked)
        {
            text += "; " + t.Locked;
        }

        var rag = item.Rag switch
        {
            RagStatus.Green => t.RagGreen,
            RagStatus.Amber => t.RagAmber,
            RagStatus.Red => t.RagRed,
            _ => null,
        };
        return rag is null ? text : text + "; " + rag;
    }

    internal static void Diamond(SvgWriter w, string css, double cx, double cy, double r) =>
        w.Raw("<path").Attr("class", css).Attr("d", "M" + SvgWriter.Num(cx) + " " + SvgWriter.Num(cy - r) + "L" + SvgWriter.Num(cx + r) + " " + SvgWriter.Num(cy)
            + "L" + SvgWriter.Num(cx) + " " + SvgWriter.Num(cy + r) + "L" + SvgWriter.Num(cx - r) + " " + SvgWriter.Num(cy) + "z").Raw("/>");

    /// <summary>A padlock: shackle arc over a body, top-left at (x, y), about 10×13.</summary>
    internal static void Padlock(SvgWriter w, double x, double y)
    {
        w.Raw("<g class=\"lock\"><path class=\"lock-shackle\" d=\"M").Raw(SvgWriter.Num(x + 2.5)).Raw(" ").Raw(SvgWriter.Num(y + 6))
            .Raw("V").Raw(SvgWriter.Num(y + 3.5)).Raw("a2.5 2.5 0 0 1 5 0V").Raw(SvgWriter.Num(y + 6)).Raw("\"/>");
        w.Rect("lock-body", x, y + 6, 10, 7.5, 1.5);
        w.Raw("</g>");
    }

    /// <summary>RAG by shape as well as colour: green circle with a tick, amber triangle with a bar, red octagon with a cross.</summary>
    internal static void RagGlyph(SvgWriter w, RagStatus rag, double cx, double cy)
    {
        string N(double v) => SvgWriter.Num(v);
        switch (rag)
        {
            case RagStatus.Green:
                w.Raw("<g class=\"rag rag-g\"><circle class=\"rag-shape\"").Num("cx", cx).Num("cy", cy).Raw(" r=\"6.5\"/>");
                w.Raw("<path class=\"rag-mark\" d=\"M").Raw(N(cx - 3)).Raw(" ").Raw(N(cy)).Raw("l2 2.3l4-4.6\"/></g>");
                break;
            case RagStatus.Amber:
                w.Raw("<g class=\"rag rag-a\"><path class=\"rag-shape\" d=\"M").Raw(N(cx)).Raw(" ").Raw(N(cy - 7)).Raw("L").Raw(N(cx + 7.5)).Raw(" ").Raw(N(cy + 6))
                    .Raw("H").Raw(N(cx - 7.5)).Raw("z\"/>");
                w.Raw("<path class=\"rag-mark\" d=\"M").Raw(N(cx)).Raw(" ").Raw(N(cy - 2.5)).Raw("v4\"/></g>");
                break;
            case RagStatus.Red:
                var o = 2.7;
                var r = 6.5;
                w.Raw("<g class=\"rag rag-r\"><path class=\"rag-shape\" d=\"M").Raw(N(cx - o)).Raw(" ").Raw(N(cy - r)).Raw("H").Raw(N(cx + o)).Raw("L").Raw(N(cx + r)).Raw(" ").Raw(N(cy - o))
                    .Raw("V").Raw(N(cy + o)).Raw("L").Raw(N(cx + o)).Raw(" ").Raw(N(cy + r)).Raw("H").Raw(N(cx - o)).Raw("L").Raw(N(cx - r)).Raw(" ").Raw(N(cy + o))
                    .Raw("V").Raw(N(cy - o)).Raw("z\"/>");
                w.Raw("<path class=\"rag-mark\" d=\"M").Raw(N(cx - 2.5)).Raw(" ").Raw(N(cy - 2.5)).Raw("l5 5m0-5l-5 5\"/></g>");
                break;
            default:
                break;
        }
    }

    private static ChartLegend Legend(GanttTexts t, bool planned, bool progress, bool critical, bool baseline, bool milestone, bool locked, bool fs, bool ss, bool green, bool amber, bool red, bool today, double width)
    {
        var legend = new ChartLegend(width);
        if (planned)
        {
            legend.Add(t.Planned, (w, x, y, _) => w.Rect("bar", x, y - 5, 24, 10, 2));
        }

        if (progress)
        {
            legend.Add(t.Progress, (w, x, y, _) =>
            {
                w.Rect("bar", x, y - 5, 24, 10, 2);
                w.Rect("progress", x + 2, y - 2, 12, 4, 1);
            });
        }

        if (critical)
        {
            legend.Add(t.Critical, (w, x, y, _) => w.Rect("bar crit", x, y - 5, 24, 10, 2));
        }

        if (baseline)
        {
            legend.Add(t.Baseline, (w, x, y, _) => w.Rect("baseline", x, y - 2, 24, 4, 1));
        }

        if (milestone)
        {
            legend.Add(t.Milestone, (w, x, y, _) => Diamond(w, "milestone", x + 12, y, 6.5));
        }

        if (locked)
        {
            legend.Add(t.Locked, (w, x, y, _) => Padlock(w, x + 7, y - 7));
        }

        if (fs)
        {
            legend.Add(t.FinishToStart, (w, x, y, id) => w.Raw("<path class=\"link\"").Attr("d", "M" + SvgWriter.Num(x) + " " + SvgWriter.Num(y) + "h24").Attr("marker-end", "url(#" + id + "-arrow)").Raw("/>"));
        }

        if (ss)
        {
            legend.Add(t.StartToStart, (w, x, y, id) => w.Raw("<path class=\"link ss\"").Attr("d", "M" + SvgWriter.Num(x) + " " + SvgWriter.Num(y) + "h24").Attr("marker-end", "url(#" + id + "-arrow)").Raw("/>"));
        }

        if (green)
        {
            legend.Add(t.RagGreen, (w, x, y, _) => RagGlyph(w, RagStatus.Green, x + 12, y));
        }

        if (amber)
        {
            legend.Add(t.RagAmber, (w, x, y, _) => RagGlyph(w, RagStatus.Amber, x + 12, y));
        }

        if (red)
        {
            legend.Add(t.RagRed, (w, x, y, _) => RagGlyph(w, RagStatus.Red, x + 12, y));
        }

        if (today)
        {
            legend.Add(t.Today, (w, x, y, _) => w.Line("today", x + 12, y - 7, x + 12, y + 7));
        }

        return legend;
    }
}
