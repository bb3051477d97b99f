using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataStrategy.Core.Analysis;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Server-drawn SVG charts: they need no script and no image service. Each chart is decorative
/// for assistive technology (aria-hidden) because a data table with the same numbers sits beside it.
/// </summary>
public static class Charts
{
    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Font size of the radar's axis labels in chart units (site.css draws .label at this size).</summary>
    public const double RadarLabelFont = 18;

    /// <summary>
    /// A radar (spider) chart over the given axes on a 0…max scale. The chart is drawn for the full width of the page
    /// (a projector at 1366 px shows its labels at 20 px or more): labels are wrapped on up to three lines, never cut.
    /// </summary>
    public static IHtmlContent Radar(IReadOnlyList<string> axes, IReadOnlyList<ChartSeries> series, int max, string testId)
    {
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(series);
        const double Width = 960, Centre = Width / 2, Radius = 185, LineHeight = RadarLabelFont * 1.15;
        var n = Math.Max(axes.Count, 1);
        var wrapped = axes.Select((a, i) => Wrap(a, LabelChars(i, n))).ToList();
        var above = wrapped.Count == 0 ? 1 : wrapped.Max(w => w.Count);
        var middle = 40 + (above * LineHeight) + (Radius * 1.1);
        var height = middle + (Radius * 1.1) + (above * LineHeight) + 30;
        (double X, double Y) Point(int i, double value)
        {
            var angle = (2 * Math.PI * i / n) - (Math.PI / 2);
            var r = Radius * Math.Clamp(value, 0, max) / Math.Max(max, 1);
            return (Centre + (r * Math.Cos(angle)), middle + (r * Math.Sin(angle)));
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart radar\" viewBox=\"0 0 {Width} {F(height)}\" aria-hidden=\"true\" focusable=\"false\" data-testid=\"{testId}\">");
        for (var level = 1; level <= max; level++)
        {
            var ring = string.Join(' ', Enumerable.Range(0, n).Select(i => Point(i, level)).Select(p => F(p.X) + "," + F(p.Y)));
            svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"grid\" points=\"{ring}\"/>");
            var label = Point(0, level);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(label.X + 5)}\" y=\"{F(label.Y - 3)}\">{level}</text>");
        }

        for (var i = 0; i < n && i < axes.Count; i++)
        {
            var end = Point(i, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Centre}\" y1=\"{F(middle)}\" x2=\"{F(end.X)}\" y2=\"{F(end.Y)}\"/>");
            var label = Point(i, max * 1.1);
            var anchor = Math.Abs(label.X - Centre) < 10 ? "middle" : label.X < Centre ? "end" : "start";
            var lines = wrapped[i];
            // Above the centre the block grows upwards, below it downwards, beside it it is centred on the spoke.
            var dy = label.Y < middle - 10 ? -((lines.Count - 1) * LineHeight) - 4 : label.Y > middle + 10 ? RadarLabelFont : (RadarLabelFont * 0.35) - ((lines.Count - 1) * LineHeight / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{F(label.X)}\" y=\"{F(label.Y + dy)}\" text-anchor=\"{anchor}\">");
            for (var k = 0; k < lines.Count; k++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(label.X)}\" dy=\"{(k == 0 ? "0" : F(LineHeight))}\">{HtmlEncoder.Default.Encode(lines[k])}</tspan>");
            }

            svg.Append("</text>");
        }

        foreach (var s in series)
        {
            var points = Enumerable.Range(0, Math.Min(n, s.Values.Count)).Where(i => s.Values[i] is not null).Select(i => Point(i, s.Values[i]!.Value)).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var path = string.Join(' ', points.Select(p => F(p.X) + "," + F(p.Y)));
            svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"series {s.CssClass}\" points=\"{path}\"/>");
            foreach (var p in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot {s.CssClass}\" cx=\"{F(p.X)}\" cy=\"{F(p.Y)}\" r=\"4\"/>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>
    /// How many characters fit on one line of the label of spoke <paramref name="i"/> of <paramref name="n"/>: labels
    /// beside the chart have the room from the spoke's end to the edge; labels above and below are centred.
    /// </summary>
    private static int LabelChars(int i, int n)
    {
        var angle = (2 * Math.PI * i / n) - (Math.PI / 2);
        var room = Math.Abs(Math.Cos(angle)) < 0.05 ? 320 : 480 - (185 * 1.1 * Math.Abs(Math.Cos(angle))) - 12;
        return Math.Max(12, (int)(room / (RadarLabelFont * 0.56)));
    }

    /// <summary>A label in lines of at most <paramref name="chars"/> characters, broken between words (a longer word stands alone).</summary>
    internal static List<string> Wrap(string text, int chars)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > chars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>A horizontal 100% stacked bar of a level distribution (SVG: the CSP allows no inline styles).</summary>
    public static IHtmlContent Distribution(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        if (total == 0)
        {
            return HtmlString.Empty;
        }

        var svg = new StringBuilder("<svg class=\"dist\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
        double x = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var width = 100.0 * counts[i] / total;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"seg l{Math.Min(i + 1, 7)}\" x=\"{F(x)}\" y=\"0\" width=\"{F(width)}\" height=\"10\"/>");
            x += width;
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The heat map shade (1…5) of a score on a 1…max scale.</summary>
    public static int Shade(double score, int max) => max <= 1 ? 3 : Math.Clamp((int)Math.Round(1 + (4 * (score - 1) / (max - 1))), 1, 5);

    /// <summary>A horizontal bar for a 0…max value, e.g. workshop votes.</summary>
    public static IHtmlContent Bar(double value, double max) =>
        new HtmlString(string.Create(CultureInfo.InvariantCulture, $"<svg class=\"vote-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"bar-track\" width=\"100\" height=\"10\"/><rect class=\"bar-fill\" width=\"{F(max <= 0 ? 0 : 100 * Math.Clamp(value / max, 0, 1))}\" height=\"10\"/></svg>"));

    /// <summary>A number for people: one decimal in the reader's culture; "–" for none.</summary>
    public static string Number(double? value, string format = "0.0") => value?.ToString(format, CultureInfo.CurrentCulture) ?? "–";

    public static string Percent(double? value) => value is { } v ? v.ToString("0%", CultureInfo.CurrentCulture) : "–";

    /// <summary>The roll-up rule in words, for every chart's caption.</summary>
    public static string RuleText(RollUpRule rule, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(l);
        return rule.Kind switch
        {
            RollUpKind.Mean => l["Roll-up: mean of the question means"],
            RollUpKind.Median => l["Roll-up: median of the question medians"],
            RollUpKind.MinimumLevelMet => l["Roll-up: minimum level fully met"],
            _ => l["Roll-up: highest level reached by at least {0} of the questions", rule.Threshold.ToString("0%", CultureInfo.CurrentCulture)],
        };
    }
}
