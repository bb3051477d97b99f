namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>
/// Draws a <see cref="DependencyGraph"/> in layers (a Sugiyama-style layout): cycles are broken by ignoring
/// back edges of a depth-first search, layers are longest paths from the sources, and a few barycenter
/// sweeps order each layer to reduce crossings. Everything is linear or n·log n per sweep.
/// </summary>
public static class DependencySvg
{
    internal const double NodeWidth = 168, NodeHeight = 42, LayerGap = 64, RowGap = 18, Pad = 12;
    private const double LabelFont = 12.5, DetailFont = 10.5;
    private const int Sweeps = 4;

    public static string Render(DependencyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Texts;
        var id = SvgWriter.SafeId(graph.IdPrefix);

        var nodes = new List<DependencyNode>(graph.Nodes.Count);
        var index = new Dictionary<string, int>(graph.Nodes.Count, StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (node is not null && index.TryAdd(node.Id ?? string.Empty, nodes.Count))
            {
                nodes.Add(node);
            }
        }

        var n = nodes.Count;
        var edges = new List<(int From, int To, DependencyEdge Edge)>(graph.Edges.Count);
        foreach (var e in graph.Edges)
        {
            if (e is not null && index.TryGetValue(e.From ?? string.Empty, out var a) && index.TryGetValue(e.To ?? string.Empty, out var b) && a != b)
            {
                edges.Add((a, b, e));
            }
        }

        var back = BackEdges(n, edges);
        var layer = Layers(n, edges, back);
        var layerCount = 0;
        for (var v = 0; v < n; v++)
        {
            layerCount = Math.Max(layerCount, layer[v] + 1);
        }

        var order = Order(n, edges, back, layer, layerCount);
        var maxRows = 0;
        foreach (var l in order)
        {
            maxRows = Math.Max(maxRows, l.Count);
        }

        var pos = new (double X, double Y)[n];
        var pitch = NodeHeight + RowGap;
        for (var l = 0; l < order.Count; l++)
        {
            var offset = (maxRows - order[l].Count) * pitch / 2;
            for (var r = 0; r < order[l].Count; r++)
            {
                pos[order[l][r]] = (Pad + (l * (NodeWidth + LayerGap)), Pad + offset + (r * pitch));
            }
        }

        var anyCritical = false;
        var anySs = false;
        var anyCriticalEdge = false;
        var criticalCount = 0;
        foreach (var node in nodes)
        {
            criticalCount += node.Critical ? 1 : 0;
            anyCritical |= node.Critical;
        }

        foreach (var (_, _, e) in edges)
        {
            anySs |= e.Kind == DependencyKind.StartToStart;
            anyCriticalEdge |= e.Critical;
        }

        var width = Math.Max((2 * Pad) + (layerCount * NodeWidth) + (Math.Max(layerCount - 1, 0) * LayerGap), 320);
        var graphHeight = n == 0 ? 40 : (2 * Pad) + (maxRows * pitch) - RowGap;
        var legend = new ChartLegend(width - (2 * Pad));
        if (edges.Count > 0)
        {
            legend.Add(t.FinishToStart, (w, x, y, lid) => w.Raw("<path class=\"edge\"").Attr("d", "M" + SvgWriter.Num(x) + " " + SvgWriter.Num(y) + "h24").Attr("marker-end", "url(#" + lid + "-arrow)").Raw("/>"));
        }

        if (anySs)
        {
            legend.Add(t.StartToStart, (w, x, y, lid) => w.Raw("<path class=\"edge ss\"").Attr("d", "M" + SvgWriter.Num(x) + " " + SvgWriter.Num(y) + "h24").Attr("marker-end", "url(#" + lid + "-arrow)").Raw("/>"));
        }

        if (anyCritical || anyCriticalEdge)
        {
            legend.Add(t.Critical, (w, x, y, _) => w.Rect("node-box crit", x, y - 7, 24, 14, 3));
        }

        var legendTop = graphHeight + 4;
        var height = legendTop + legend.Height + Pad;
        var desc = string.Format(t.Culture, t.SummaryFormat, n, edges.Count, criticalCount, layerCount);
        if (back.Count > 0)
        {
            desc += " " + t.Cycle;
        }

        var anyLink = false;
        foreach (var node in nodes)
        {
            anyLink |= SvgWriter.SafeHref(node.Href) is not null;
        }

        var w = new SvgWriter(2048 + (n * 600) + (edges.Count * 250));
        w.Open(id, "chart roadmap deps", width, height, t.Title, desc, anyLink);
        w.Raw("<defs>");
        foreach (var (suffix, css) in new[] { ("-arrow", "arrowhead"), ("-arrow-crit", "arrowhead crit") })
        {
            w.Raw("<marker").Attr("id", id + suffix)
                .Raw(" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .Raw("<path").Attr("class", css).Raw(" d=\"M0 0L10 5L0 10z\"/></marker>");
        }

        w.Raw("</defs>");
        if (n == 0)
        {
            w.TextAt("empty", width / 2, Pad + 18, t.Empty, "middle");
        }

        w.Raw("<g class=\"edges\">");
        for (var i = 0; i < edges.Count; i++)
        {
            var (a, b, e) = edges[i];
            var css = "edge" + (e.Kind == DependencyKind.StartToStart ? " ss" : string.Empty) + (e.Critical ? " crit" : string.Empty) + (back.Contains(i) ? " back" : string.Empty);
            var (d, mx, my) = EdgePath(pos[a], pos[b]);
            w.Raw("<path").Attr("class", css).Attr("d", d).Attr("marker-end", "url(#" + id + (e.Critical ? "-arrow-crit)" : "-arrow)"));
            w.Raw("><title>").Text(nodes[a].Label + " → " + nodes[b].Label + (e.Kind == DependencyKind.StartToStart ? " (" + t.StartToStart + ")" : string.Empty)).Raw("</title></path>");
            if (e.Lag != 0)
            {
                var text = string.Format(t.Culture, t.LagFormat, e.Lag.ToString("+0;-0", t.Culture));
                var tw = SvgWriter.TextWidth(text, DetailFont) + 8;
                w.Rect("lag-bg", mx - (tw / 2), my - 8, tw, 15, 3);
                w.TextAt("lag", mx, my + 3.5, text, "middle");
            }
        }

        w.Raw("</g>");

        for (var v = 0; v < n; v++)
        {
            var node = nodes[v];
            var (x, y) = pos[v];
            var opened = w.OpenLink(node.Href);
            w.Raw("<g").Attr("class", node.Critical ? "node crit" : "node").Raw("><title>")
                .Text(node.Critical ? node.Label + " (" + t.Critical + ")" : node.Label).Raw("</title>");
            w.Rect(node.Critical ? "node-box crit" : "node-box", x, y, NodeWidth, NodeHeight, 5);
            var hasSecond = !string.IsNullOrEmpty(node.Detail) || node.Critical;
            w.TextAt("node-label", x + 9, y + (hasSecond ? 17 : 25), SvgWriter.Truncate(node.Label, NodeWidth - 18, LabelFont * 1.12));
            if (node.Critical)
            {
                w.TextAt("crit-tag", x + NodeWidth - 9, y + 34, SvgWriter.Truncate(t.Critical, 70, DetailFont), "end");
            }

            if (!string.IsNullOrEmpty(node.Detail))
            {
                w.TextAt("node-detail", x + 9, y + 34, SvgWriter.Truncate(node.Detail, NodeWidth - 18 - (node.Critical ? SvgWriter.TextWidth(t.Critical, DetailFont) + 8 : 0), DetailFont));
            }

            w.Raw("</g>");
            w.CloseLink(opened);
        }

        legend.Write(w, id, Pad, legendTop);
        w.Raw("</svg>");
        return w.ToString();
    }

    /// <summary>A horizontal S-curve from the source's right edge to the target's left edge, or around for a back edge.</summary>
    private static (string D, double Mx, double My) EdgePath((double X, double Y) a, (double X, double Y) b)
    {
        var x1 = a.X + NodeWidth;
        var y1 = a.Y + (NodeHeight / 2);
        var x2 = b.X;
        var y2 = b.Y + (NodeHeight / 2);
        if (x2 > x1)
        {
            var dx = Math.Max((x2 - x1) / 2, 24);
            var d = "M" + SvgWriter.Num(x1) + " " + SvgWriter.Num(y1) + "C" + SvgWriter.Num(x1 + dx) + " " + SvgWriter.Num(y1) + " " + SvgWriter.Num(x2 - dx) + " " + SvgWriter.Num(y2) + " " + SvgWriter.Num(x2) + " " + SvgWriter.Num(y2);
            return (d, (x1 + x2) / 2, (y1 + y2) / 2);
        }

        // Same or earlier column (a cycle's back edge): loop below both boxes.
        var low = Math.Max(a.Y, b.Y) + NodeHeight + (RowGap / 2);
        var path = "M" + SvgWriter.Num(x1) + " " + SvgWriter.Num(y1) + "C" + SvgWriter.Num(x1 + 30) + " " + SvgWriter.Num(y1) + " " + SvgWriter.Num(x1 + 30) + " " + SvgWriter.Num(low)
            + " " + SvgWriter.Num(x1) + " " + SvgWriter.Num(low) + "H" + SvgWriter.Num(x2) + "C" + SvgWriter.Num(x2 - 30) + " " + SvgWriter.Num(low) + " " + SvgWriter.Num(x2 - 30) + " " + SvgWriter.Num(y2) + " " + SvgWriter.Num(x2) + " " + SvgWriter.Num(y2);
        return (path, (x1 + x2) / 2, low);
    }

    /// <summary>Edge indices that close a cycle in an iterative depth-first search (input order, so deterministic).</summary>
    internal static HashSet<int> BackEdges(int n, List<(int From, int To, DependencyEdge Edge)> edges)
    {
        var outgoing = Adjacency(n, edges, forward: true);
        var state = new byte[n]; // 0 new, 1 on the stack, 2 done
        var back = new HashSet<int>();
        var stack = new Stack<(int Node, int Next)>();
        for (var root = 0; root < n; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (v, next) = stack.Pop();
                if (next < outgoing[v].Count)
                {
                    stack.Push((v, next + 1));
                    var ei = outgoing[v][next];
                    var u = edges[ei].To;
                    if (state[u] == 1)
                    {
                        back.Add(ei);
                    }
                    else if (state[u] == 0)
                    {
                        state[u] = 1;
                        stack.Push((u, 0));
                    }
                }
                else
                {
                    state[v] = 2;
                }
            }
        }

        return back;
    }

    /// <summary>Longest path from the sources over the forward edges (Kahn's order), so every edge points right.</summary>
    internal static int[] Layers(int n, List<(int From, int To, DependencyEdge Edge)> edges, HashSet<int> back)
    {
        var layer = new int[n];
        var indegree = new int[n];
        var outgoing = Adjacency(n, edges, forward: true);
        for (var i = 0; i < edges.Count; i++)
        {
            if (!back.Contains(i))
            {
                indegree[edges[i].To]++;
            }
        }

        var queue = new Queue<int>();
        for (var v = 0; v < n; v++)
        {
            if (indegree[v] == 0)
            {
                queue.Enqueue(v);
            }
        }

        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var ei in outgoing[v])
            {
                if (back.Contains(ei))
                {
                    continue;
                }

                var u = edges[ei].To;
                layer[u] = Math.Max(layer[u], layer[v] + 1);
                if (--indegree[u] == 0)
                {
                    queue.Enqueue(u);
                }
            }
        }

        return layer;
    }

    /// <summary>Order within layers: input order first, then alternating down/up barycenter sweeps.</summary>
    private static List<List<int>> Order(int n, List<(int From, int To, DependencyEdge Edge)> edges, HashSet<int> back, int[] layer, int layerCount)
    {
        var order = new List<List<int>>(layerCount);
        for (var l = 0; l < layerCount; l++)
        {
            order.Add([]);
        }

        for (var v = 0; v < n; v++)
        {
            order[layer[v]].Add(v);
        }

        var rank = new double[n];
        void Ranks()
        {
            foreach (var l in order)
            {
                for (var r = 0; r < l.Count; r++)
                {
                    rank[l[r]] = r;
                }
            }
        }

        var incoming = Adjacency(n, edges, forward: false);
        var outgoing = Adjacency(n, edges, forward: true);
        Ranks();
        var keys = new double[n];
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var down = sweep % 2 == 0;
            for (var k = 1; k < layerCount; k++)
            {
                var l = down ? k : layerCount - 1 - k;
                var row = order[l];
                foreach (var v in row)
                {
                    double sum = 0;
                    var count = 0;
                    foreach (var ei in down ? incoming[v] : outgoing[v])
                    {
                        if (back.Contains(ei))
                        {
                            continue;
                        }

                        sum += rank[down ? edges[ei].From : edges[ei].To];
                        count++;
                    }

                    // A node without neighbours on that side keeps its place.
                    keys[v] = count == 0 ? rank[v] : sum / count;
                }

                // Stable sort (OrderBy) with the current rank as tie-breaker keeps the result deterministic.
                var sorted = row.OrderBy(v => keys[v]).ThenBy(v => rank[v]).ToList();
                order[l] = sorted;
                for (var r = 0; r < sorted.Count; r++)
                {
                    rank[sorted[r]] = r;
                }
            }
        }

        return order;
    }

    private static List<int>[] Adjacency(int n, List<(int From, int To, DependencyEdge Edge)> edges, bool forward)
    {
        var lists = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            lists[v] = [];
        }

        for (var i = 0; i < edges.Count; i++)
        {
            lists[forward ? edges[i].From : edges[i].To].Add(i);
        }

        return lists;
    }
}
