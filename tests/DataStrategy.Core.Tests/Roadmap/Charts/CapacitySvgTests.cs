using DataStrategy.Core.Roadmap.Charts;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

public class CapacitySvgTests
{
    private static CapacityChart Chart(double[] demand, double[] capacity) =>
        new("c", ["Jan", "Feb", "Mar"], [new CapacityDemand("Work", demand)], capacity, ChartSamples.CapacityTexts);

    private static List<System.Xml.Linq.XElement> Over(string svg) =>
        [.. SvgAssert.WithClass(SvgAssert.Parse(svg), "over").Where(e => e.Ancestors().All(a => (string?)a.Attribute("class") != "legend"))];

    [Fact]
    public void Render_Sample_HasRoleTitleAndDescription()
    {
        SvgAssert.Accessible(CapacitySvg.Render(ChartSamples.Capacity("team1")), "team1");
    }

    [Fact]
    public void Render_TwoPrefixes_IdsAreUnique()
    {
        SvgAssert.UniqueIds(CapacitySvg.Render(ChartSamples.Capacity("t1")), "t1", CapacitySvg.Render(ChartSamples.Capacity("t2")), "t2");
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        var h = SvgAssert.Hostile;
        var texts = ChartSamples.CapacityTexts with { Title = h, Unit = h, Over = h, Capacity = h };
        var chart = new CapacityChart(h, [h, h], [new CapacityDemand(h, [5, 1])], [2], texts);

        SvgAssert.Safe(CapacitySvg.Render(chart));
    }

    [Fact]
    public void Render_DemandAboveCapacity_OverPartOnlyInThatPeriod()
    {
        Assert.Single(Over(CapacitySvg.Render(Chart([2, 6, 4], [4]))));
    }

    [Fact]
    public void Render_DemandAboveCapacity_OverHeightIsTheExcess()
    {
        // Axis 0…6: the excess of 2 is a third of the plot.
        var over = Over(CapacitySvg.Render(Chart([2, 6, 4], [4]))).Single();

        Assert.Equal(CapacitySvg.PlotHeight * 2 / 6, SvgAssert.Num(over, "height"), 2);
    }

    [Fact]
    public void Render_DemandAboveCapacity_DescriptionNamesPeriodAndExcess()
    {
        var desc = SvgAssert.Parse(CapacitySvg.Render(Chart([2, 6, 4.5], [4]))).Root!.Element(SvgAssert.Svg + "desc")!.Value;

        Assert.EndsWith("Over capacity in Feb (+2 FTE), Mar (+0.5 FTE).", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithinCapacity_NoOverPartAndSaysSo()
    {
        var svg = CapacitySvg.Render(Chart([2, 3, 4], [4]));

        Assert.Empty(Over(svg));
        Assert.EndsWith(ChartSamples.CapacityTexts.Within, SvgAssert.Parse(svg).Root!.Element(SvgAssert.Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HireInSecondPeriod_CapacityLineSteps()
    {
        var doc = SvgAssert.Parse(CapacitySvg.Render(Chart([1, 1, 1], [2, 4])));

        var d = (string)SvgAssert.Plot(doc, "capacity").Single().Attribute("d")!;
        Assert.Contains("V", d, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StackedDemand_DrawsOneSegmentPerInitiative()
    {
        var chart = Chart([1, 1, 1], [5]) with { Demand = [new("A", [1, 0, 0]), new("B", [2, 0, 0])] };

        Assert.Equal(2, SvgAssert.WithClass(SvgAssert.Parse(CapacitySvg.Render(chart)), "seg").Count(e => e.Parent!.Attribute("class")?.Value == "period"));
    }

    [Fact]
    public void Render_Sample_HasNoInlineStyle()
    {
        Assert.DoesNotContain("style", CapacitySvg.Render(ChartSamples.Capacity()), StringComparison.OrdinalIgnoreCase);
    }
}
