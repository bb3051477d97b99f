using System.Globalization;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Roadmap.Charts;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

public class GanttSvgTests
{
    // 12 periods: 1000 / 12 = 83.3 units each, after a 280-unit label column.
    private const double LabelColumn = 280, PeriodWidth = 83.3;

    private static GanttChart Chart(params GanttItem[] items) =>
        new("g", ChartSamples.MonthLabels(12), [new GanttGroup("Team", items)], ChartSamples.GanttTexts);

    private static System.Xml.Linq.XElement Bar(string svg) => SvgAssert.Plot(SvgAssert.Parse(svg), "bar")[0];

    [Fact]
    public void Render_Roadmap_HasRoleTitleAndDescription()
    {
        SvgAssert.Accessible(GanttSvg.Render(ChartSamples.Roadmap("plan")), "plan");
    }

    [Fact]
    public void Render_Roadmap_DescriptionSummarisesCounts()
    {
        var desc = SvgAssert.Parse(GanttSvg.Render(ChartSamples.Roadmap())).Root!.Element(SvgAssert.Svg + "desc")!.Value;

        Assert.Equal("24 initiatives from Jan to Dec; 7 on the critical path; 3 locked", desc);
    }

    [Fact]
    public void Render_TwoPrefixes_IdsAreUnique()
    {
        SvgAssert.UniqueIds(GanttSvg.Render(ChartSamples.Roadmap("a")), "a", GanttSvg.Render(ChartSamples.Roadmap("b")), "b");
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        var h = SvgAssert.Hostile;
        var texts = ChartSamples.GanttTexts with { Title = h, Critical = h, Today = h, Locked = h, Planned = h, RagRed = h, LagFormat = h + "{0}" };
        var item = new GanttItem(h, h, 1, 2) { Critical = true, Locked = true, Rag = RagStatus.Red, Href = "/x?a=1&b=\"><script>", Milestones = [new GanttMilestone(2, h)] };
        var chart = new GanttChart(h, [h, h, h, h], [new GanttGroup(h, [item, item with { Key = "k2" }])], texts)
        {
            Bands = [new PeriodBand(0, 4, h)],
            Links = [new GanttLink(h, "k2", DependencyKind.FinishToStart, 2)],
            Today = 1,
        };

        SvgAssert.Safe(GanttSvg.Render(chart));
    }

    [Fact]
    public void Render_Roadmap_HasNoInlineStyle()
    {
        Assert.DoesNotContain("style", GanttSvg.Render(ChartSamples.Roadmap()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_BarFromPeriod3For2Periods_IsAtExpectedXAndWidth()
    {
        var bar = Bar(GanttSvg.Render(Chart(new GanttItem("a", "A", 3, 2))));

        Assert.Equal(LabelColumn + (3 * PeriodWidth), SvgAssert.Num(bar, "x"), 2);
        Assert.Equal(2 * PeriodWidth, SvgAssert.Num(bar, "width"), 2);
    }

    [Fact]
    public void Render_HalfDone_ProgressIsHalfTheInnerBar()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 4) { Progress = 0.5 })));

        Assert.Equal(((4 * PeriodWidth) - 4) / 2, SvgAssert.Num(SvgAssert.WithClass(doc, "progress").First(), "width"), 2);
    }

    [Fact]
    public void Render_ZeroDuration_DrawsMilestoneDiamondNotBar()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("m", "Go-live", 5, 0))));

        Assert.Single(SvgAssert.Plot(doc, "milestone"));
        Assert.Empty(SvgAssert.Plot(doc, "bar"));
    }

    [Fact]
    public void Render_MilestoneInsideInitiative_DrawsInnerDiamondWithItsName()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 6) { Milestones = [new GanttMilestone(3, "Pilot live")] })));

        Assert.Equal("Pilot live", SvgAssert.WithClass(doc, "ms-inner").Single().Element(SvgAssert.Svg + "title")!.Value);
    }

    [Fact]
    public void Render_TodayAtFractionalPeriod_DrawsLabelledLineThere()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 6)) with { Today = 2.5 }));

        var line = SvgAssert.WithClass(doc, "today").Single(e => e.Name.LocalName == "line" && e.Parent!.Name.LocalName == "svg");
        Assert.Equal(LabelColumn + (2.5 * PeriodWidth), SvgAssert.Num(line, "x1"), 2);
        Assert.Equal("Today", SvgAssert.WithClass(doc, "today-label").Single().Value);
    }

    [Fact]
    public void Render_CriticalItem_HasCriticalClassAndTextTag()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 2) { Critical = true }, new GanttItem("b", "B", 2, 2))));

        Assert.Single(SvgAssert.Plot(doc, "bar"), e => ((string)e.Attribute("class")!).Contains("crit", StringComparison.Ordinal));
        Assert.Equal("Critical", SvgAssert.WithClass(doc, "crit-tag").Single().Value);
    }

    [Fact]
    public void Render_LockedAndRag_DrawPadlockAndRagShape()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 2) { Locked = true, Rag = RagStatus.Amber })));

        Assert.Single(SvgAssert.Plot(doc, "lock"));
        Assert.Equal("rag rag-a", (string?)SvgAssert.Plot(doc, "rag").Single().Attribute("class"));
    }

    [Fact]
    public void Render_BaselineGiven_DrawsGhostBarAtBaseline()
    {
        var doc = SvgAssert.Parse(GanttSvg.Render(Chart(new GanttItem("a", "A", 4, 2) { Baseline = new PeriodSpan(2, 3) })));

        var ghost = SvgAssert.WithClass(doc, "baseline").First();
        Assert.Equal(LabelColumn + (2 * PeriodWidth), SvgAssert.Num(ghost, "x"), 2);
        Assert.Equal(3 * PeriodWidth, SvgAssert.Num(ghost, "width"), 2);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("data:text/html,x")]
    [InlineData(" /leading-space")]
    public void Render_UnsafeHref_IsDropped(string href)
    {
        Assert.Empty(SvgAssert.Hrefs(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 2) { Href = href }))));
    }

    [Fact]
    public void Render_RelativeHref_BecomesLink()
    {
        Assert.Equal(["/roadmap/7?tab=plan&x=1"], SvgAssert.Hrefs(GanttSvg.Render(Chart(new GanttItem("a", "A", 0, 2) { Href = "/roadmap/7?tab=plan&x=1" }))));
    }

    [Fact]
    public void Render_FinishToStartLink_EndsAtSuccessorStartWithArrowhead()
    {
        var chart = Chart(new GanttItem("a", "A", 0, 2), new GanttItem("b", "B", 4, 2)) with { Links = [new GanttLink("a", "b")] };
        var link = SvgAssert.WithClass(SvgAssert.Parse(GanttSvg.Render(chart)), "link").First(e => e.Parent!.Attribute("class")?.Value == "links");

        var d = (string)link.Attribute("d")!;
        Assert.EndsWith("H" + (LabelColumn + (4 * PeriodWidth)).ToString(CultureInfo.InvariantCulture), d, StringComparison.Ordinal);
        Assert.Equal("url(#g-arrow)", (string?)link.Attribute("marker-end"));
    }

    [Fact]
    public void Render_StartToStartLink_LeavesPredecessorStartAndIsMarkedSs()
    {
        var chart = Chart(new GanttItem("a", "A", 1, 4), new GanttItem("b", "B", 3, 2)) with { Links = [new GanttLink("a", "b", DependencyKind.StartToStart)] };
        var link = SvgAssert.WithClass(SvgAssert.Parse(GanttSvg.Render(chart)), "ss").First(e => e.Parent!.Attribute("class")?.Value == "links");

        Assert.StartsWith("M" + (LabelColumn + PeriodWidth).ToString(CultureInfo.InvariantCulture) + " ", (string)link.Attribute("d")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkToUnknownKey_IsSkipped()
    {
        var chart = Chart(new GanttItem("a", "A", 0, 2)) with { Links = [new GanttLink("a", "missing")] };

        Assert.DoesNotContain(SvgAssert.Parse(GanttSvg.Render(chart)).Descendants(SvgAssert.Svg + "path"), e => e.Parent!.Attribute("class")?.Value == "links");
    }

    [Fact]
    public void PeriodScale_UpTo36Periods_LabelsEveryPeriod()
    {
        Assert.Equal(1, GanttSvg.PeriodScale(ChartSamples.MonthLabels(36), 36).Step);
    }

    [Fact]
    public void PeriodScale_60Months_LabelsFewerPeriods()
    {
        Assert.True(GanttSvg.PeriodScale(ChartSamples.MonthLabels(60), 60).Step > 1);
    }

    [Fact]
    public void Render_SameInputUnderAnotherCulture_GivesSameString()
    {
        var invariant = GanttSvg.Render(ChartSamples.Roadmap());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal(invariant, GanttSvg.Render(ChartSamples.Roadmap()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Render_300InitiativesAnd600Links_RendersEveryBar()
    {
        var groups = new List<GanttGroup>();
        var links = new List<GanttLink>();
        for (var g = 0; g < 10; g++)
        {
            var items = new List<GanttItem>();
            for (var i = 0; i < 30; i++)
            {
                var n = (g * 30) + i;
                items.Add(new GanttItem("k" + n, "Initiative " + n, n % 40, 1 + (n % 7)) { Critical = n % 5 == 0, Progress = (n % 10) / 10.0, Href = "/i/" + n });
                if (n > 0)
                {
                    links.Add(new GanttLink("k" + (n - 1), "k" + n));
                    links.Add(new GanttLink("k" + (n / 2), "k" + n, DependencyKind.StartToStart));
                }
            }

            groups.Add(new GanttGroup("Workstream " + g, items));
        }

        var chart = new GanttChart("big", ChartSamples.MonthLabels(48), groups, ChartSamples.GanttTexts) { Links = links, Bands = ChartSamples.YearBands(48), Today = 10 };
        var svg = GanttSvg.Render(chart);

        Assert.Equal(300, SvgAssert.WithClass(SvgAssert.Parse(svg), "bar").Count(e => e.Ancestors().All(a => (string?)a.Attribute("class") != "legend")));
    }
}
