using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Roadmap.Charts;

namespace DataStrategy.Core.Tests.Roadmap.Charts;

public class DependencySvgTests
{
    private static DependencyGraph Graph(string[] nodes, params DependencyEdge[] edges) =>
        new("d", [.. nodes.Select(n => new DependencyNode(n, "Node " + n))], edges, ChartSamples.DependencyTexts);

    /// <summary>Box position by the node's tooltip ("Node X").</summary>
    private static (double X, double Y) Box(string svg, string id)
    {
        var group = SvgAssert.Parse(svg).Descendants(SvgAssert.Svg + "g").First(g => g.Element(SvgAssert.Svg + "title")?.Value == "Node " + id);
        var rect = group.Element(SvgAssert.Svg + "rect")!;
        return (SvgAssert.Num(rect, "x"), SvgAssert.Num(rect, "y"));
    }

    [Fact]
    public void Render_Sample_HasRoleTitleAndDescription()
    {
        SvgAssert.Accessible(DependencySvg.Render(ChartSamples.Dependencies("net")), "net");
    }

    [Fact]
    public void Render_TwoPrefixes_IdsAreUnique()
    {
        SvgAssert.UniqueIds(DependencySvg.Render(ChartSamples.Dependencies("n1")), "n1", DependencySvg.Render(ChartSamples.Dependencies("n2")), "n2");
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        var h = SvgAssert.Hostile;
        var texts = ChartSamples.DependencyTexts with { Title = h, Critical = h, LagFormat = h + "{0}" };
        var graph = new DependencyGraph(h, [new DependencyNode(h, h) { Critical = true, Detail = h, Href = "/a\"><script>" }, new DependencyNode("b", h)], [new DependencyEdge(h, "b", DependencyKind.FinishToStart, 2)], texts);

        SvgAssert.Safe(DependencySvg.Render(graph));
    }

    [Fact]
    public void Render_Chain_XIncreasesAlongTheChain()
    {
        var svg = DependencySvg.Render(Graph(["C", "B", "A"], new DependencyEdge("A", "B"), new DependencyEdge("B", "C")));

        Assert.True(Box(svg, "A").X < Box(svg, "B").X && Box(svg, "B").X < Box(svg, "C").X);
    }

    [Fact]
    public void Render_Cycle_TerminatesAndSaysSo()
    {
        var svg = DependencySvg.Render(Graph(["A", "B", "C"], new DependencyEdge("A", "B"), new DependencyEdge("B", "C"), new DependencyEdge("C", "A")));

        Assert.EndsWith(ChartSamples.DependencyTexts.Cycle, SvgAssert.Parse(svg).Root!.Element(SvgAssert.Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoNodes_ShowsEmptyText()
    {
        var doc = SvgAssert.Parse(DependencySvg.Render(Graph([])));

        Assert.Equal(ChartSamples.DependencyTexts.Empty, SvgAssert.WithClass(doc, "empty").Single().Value);
    }

    [Fact]
    public void Render_IsolatedNode_IsDrawn()
    {
        var svg = DependencySvg.Render(Graph(["A", "B", "Z"], new DependencyEdge("A", "B")));

        Assert.Equal(DependencySvg.Pad, Box(svg, "Z").X);
    }

    [Fact]
    public void Render_CrossedInputOrder_BarycenterUncrossesEdges()
    {
        // A1 → B2 and A2 → B1 given in crossing order; the sweep puts B2 above B1.
        var svg = DependencySvg.Render(Graph(["A1", "A2", "B1", "B2"], new DependencyEdge("A1", "B2"), new DependencyEdge("A2", "B1")));

        Assert.True(Box(svg, "B2").Y < Box(svg, "B1").Y);
    }

    [Fact]
    public void Render_Lag_ShowsLagLabel()
    {
        var doc = SvgAssert.Parse(DependencySvg.Render(Graph(["A", "B"], new DependencyEdge("A", "B", DependencyKind.FinishToStart, 2))));

        Assert.Equal("+2 mo", SvgAssert.WithClass(doc, "lag").Single().Value);
    }

    [Fact]
    public void Render_NoLag_ShowsNoLagLabel()
    {
        Assert.Empty(SvgAssert.WithClass(SvgAssert.Parse(DependencySvg.Render(Graph(["A", "B"], new DependencyEdge("A", "B")))), "lag"));
    }

    [Fact]
    public void Render_StartToStart_IsDashedClass()
    {
        var doc = SvgAssert.Parse(DependencySvg.Render(Graph(["A", "B"], new DependencyEdge("A", "B", DependencyKind.StartToStart))));

        Assert.Single(SvgAssert.WithClass(doc, "ss"), e => e.Parent!.Attribute("class")?.Value == "edges");
    }

    [Fact]
    public void Render_CriticalNodeAndEdge_AreHighlighted()
    {
        var graph = Graph(["A", "B"], new DependencyEdge("A", "B") { Critical = true }) with { Nodes = [new DependencyNode("A", "Node A") { Critical = true }, new DependencyNode("B", "Node B")] };
        var doc = SvgAssert.Parse(DependencySvg.Render(graph));

        Assert.Single(SvgAssert.WithClass(doc, "node"), e => e.Attribute("class")!.Value.Contains("crit", StringComparison.Ordinal));
        Assert.Equal("url(#d-arrow-crit)", (string?)SvgAssert.WithClass(doc, "edge").First(e => e.Parent!.Attribute("class")?.Value == "edges").Attribute("marker-end"));
    }

    [Fact]
    public void Render_JavascriptHref_IsDropped()
    {
        var graph = Graph(["A"]) with { Nodes = [new DependencyNode("A", "A") { Href = "javascript:alert(1)" }, new DependencyNode("B", "B") { Href = "/initiatives/2" }] };

        Assert.Equal(["/initiatives/2"], SvgAssert.Hrefs(DependencySvg.Render(graph)));
    }

    [Fact]
    public void Render_LinkedNodes_RootIsGroupSoLinksStayReachable()
    {
        var graph = Graph(["A"]) with { Nodes = [new DependencyNode("A", "A") { Href = "/initiatives/1" }] };

        Assert.Equal("group", (string?)SvgAssert.Parse(DependencySvg.Render(graph)).Root!.Attribute("role"));
    }

    [Fact]
    public void Render_LargeCyclicGraph_Terminates()
    {
        var nodes = Enumerable.Range(0, 300).Select(i => "n" + i).ToArray();
        var edges = Enumerable.Range(0, 600).Select(i => new DependencyEdge("n" + (i % 300), "n" + ((i * 7 % 300) + 1) % 300)).ToArray();

        Assert.Equal("svg", SvgAssert.Parse(DependencySvg.Render(Graph(nodes, edges))).Root!.Name.LocalName);
    }
}
