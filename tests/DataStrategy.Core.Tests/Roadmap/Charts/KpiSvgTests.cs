using DataStrategy.Core.Roadmap.Charts;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

public class KpiSvgTests
{
    private static KpiPoint P(int month, double value) => new(new DateOnly(2027, month, 1), value, ChartSamples.Months[month - 1]);

    private static KpiChart Chart(params KpiPoint[] points) => new("k", points, ChartSamples.KpiTexts);

    private static double LineY(string svg, string cssClass) =>
        SvgAssert.Num(SvgAssert.WithClass(SvgAssert.Parse(svg), cssClass).Single(e => e.Parent!.Name.LocalName == "svg"), "y1");

    private static bool InPlot(double y) => y >= KpiSvg.Top - 0.01 && y <= KpiSvg.Top + KpiSvg.PlotHeight + 0.01;

    [Fact]
    public void Render_Sample_HasRoleTitleAndDescription()
    {
        SvgAssert.Accessible(KpiSvg.Render(ChartSamples.Kpi("kpi1")), "kpi1");
    }

    [Fact]
    public void Render_TwoPrefixes_IdsAreUnique()
    {
        SvgAssert.UniqueIds(KpiSvg.Render(ChartSamples.Kpi("k1")), "k1", KpiSvg.Render(ChartSamples.Kpi("k2")), "k2");
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        var h = SvgAssert.Hostile;
        var chart = new KpiChart(h, [new KpiPoint(new DateOnly(2027, 1, 1), 3, h)], ChartSamples.KpiTexts with { Title = h, Unit = h, Target = h })
        {
            Target = new KpiPoint(new DateOnly(2028, 1, 1), 9, h),
        };

        SvgAssert.Safe(KpiSvg.Render(chart));
    }

    [Fact]
    public void Render_TargetFarAboveMeasurements_ScaleIncludesTarget()
    {
        var svg = KpiSvg.Render(Chart(P(1, 10), P(2, 12), P(3, 15)) with { Target = P(12, 150) });

        Assert.True(InPlot(LineY(svg, "target-line")));
    }

    [Fact]
    public void Render_LowerIsBetter_TargetLineBelowBaselineLine()
    {
        var svg = KpiSvg.Render(Chart(P(3, 38), P(6, 30)) with { Baseline = P(1, 40), Target = P(12, 5) });

        Assert.True(LineY(svg, "target-line") > LineY(svg, "baseline-line"));
        Assert.True(InPlot(LineY(svg, "target-line")));
    }

    [Fact]
    public void Render_SingleMeasurement_DrawsOneDotAndNoLine()
    {
        var doc = SvgAssert.Parse(KpiSvg.Render(Chart(P(4, 7))));

        Assert.Single(SvgAssert.WithClass(doc, "dot"), e => e.Parent!.Name.LocalName == "svg");
        Assert.DoesNotContain(SvgAssert.WithClass(doc, "series"), e => e.Name.LocalName == "path");
    }

    [Fact]
    public void Render_NoMeasurements_SaysSoInPlotAndDescription()
    {
        var doc = SvgAssert.Parse(KpiSvg.Render(Chart() with { Target = P(12, 80) }));

        Assert.Equal(ChartSamples.KpiTexts.NoMeasurements, SvgAssert.WithClass(doc, "empty").Single().Value);
        Assert.StartsWith(ChartSamples.KpiTexts.NoMeasurements, doc.Root!.Element(SvgAssert.Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NegativeValues_DrawsZeroLine()
    {
        Assert.Single(SvgAssert.WithClass(SvgAssert.Parse(KpiSvg.Render(Chart(P(1, -20), P(2, 15)))), "zero"));
    }

    [Fact]
    public void Render_HugeValues_AllDotsInPlot()
    {
        var doc = SvgAssert.Parse(KpiSvg.Render(Chart(P(1, 2e12), P(2, 3.5e12)) with { Target = P(6, 5e12) }));

        Assert.All(SvgAssert.WithClass(doc, "dot").Where(e => e.Parent!.Name.LocalName == "svg"), d => Assert.True(InPlot(SvgAssert.Num(d, "cy"))));
    }

    [Fact]
    public void Render_LaterDateFirst_LineRunsInDateOrder()
    {
        var doc = SvgAssert.Parse(KpiSvg.Render(Chart(P(5, 1), P(1, 2))));

        var xs = SvgAssert.WithClass(doc, "dot").Where(e => e.Parent!.Name.LocalName == "svg").Select(d => SvgAssert.Num(d, "cx")).ToList();
        Assert.True(xs[0] < xs[1]);
    }

    [Fact]
    public void Render_Sample_HasNoInlineStyle()
    {
        Assert.DoesNotContain("style", KpiSvg.Render(ChartSamples.Kpi()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nice_RangeWithTarget_TicksCoverItWithNiceStep()
    {
        var (min, max, step) = AxisScale.Nice(35, 90);

        Assert.True(min <= 35 && max >= 90 && step is 10 or 20 or 25, $"{min}…{max} by {step}");
    }
}
