namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A legend laid out as a wrapping row of swatch + text entries, measured before drawing so the root size is known.</summary>
internal sealed class ChartLegend(double width)
{
    private const double Font = 12, Swatch = 24, Gap = 6, Spacing = 20, RowHeight = 22;

    private readonly List<(string Text, Action<SvgWriter, double, double, string> Draw, double X, int Row)> entries = [];
    private double x;
    private int row;

    public double Height => entries.Count == 0 ? 0 : (row + 1) * RowHeight;

    /// <summary>Adds an entry; <paramref name="draw"/> gets the writer, swatch left x, middle y and the chart id.</summary>
    public void Add(string text, Action<SvgWriter, double, double, string> draw)
    {
        var entryWidth = Swatch + Gap + SvgWriter.TextWidth(text, Font);
        if (x > 0 && x + entryWidth > width)
        {
            row++;
            x = 0;
        }

        entries.Add((text, draw, x, row));
        x += entryWidth + Spacing;
    }

    public void Write(SvgWriter w, string id, double left, double top)
    {
        if (entries.Count == 0)
        {
            return;
        }

        w.Raw("<g class=\"legend\">");
        foreach (var (text, draw, ex, erow) in entries)
        {
            var mid = top + (erow * RowHeight) + (RowHeight / 2);
            draw(w, left + ex, mid, id);
            w.TextAt("legend-label", left + ex + Swatch + Gap, mid + 4, text);
        }

        w.Raw("</g>");
    }
}
