namespace DataStrategy.Core.Roadmap;

/// <summary>Adjacency lists of a problem's dependencies, validated.</summary>
internal sealed class Graph
{
    private Graph(List<ScheduleDependency>[] incoming, List<ScheduleDependency>[] outgoing)
    {
        In = incoming;
        Out = outgoing;
    }

    public IReadOnlyList<ScheduleDependency>[] In { get; }

    public IReadOnlyList<ScheduleDependency>[] Out { get; }

    public static Graph Of(ScheduleProblem p)
    {
        var n = p.Tasks.Count;
        var incoming = new List<ScheduleDependency>[n];
        var outgoing = new List<ScheduleDependency>[n];
        for (var j = 0; j < n; j++)
        {
            incoming[j] = [];
            outgoing[j] = [];
        }

        foreach (var dep in p.Dependencies)
        {
            if ((uint)dep.Predecessor >= (uint)n || (uint)dep.Successor >= (uint)n)
            {
                throw new ArgumentException($"Dependency {dep.Predecessor} → {dep.Successor} names a task outside 0..{n - 1}.", nameof(p));
            }

            outgoing[dep.Predecessor].Add(dep);
            incoming[dep.Successor].Add(dep);
        }

        return new Graph(incoming, outgoing);
    }

    /// <summary>Kahn's order; tasks of a cycle are missing from it.</summary>
    public List<int> TopologicalOrder()
    {
        var n = In.Length;
        var remaining = new int[n];
        var queue = new Queue<int>();
        for (var j = 0; j < n; j++)
        {
            remaining[j] = In[j].Count;
            if (remaining[j] == 0)
            {
                queue.Enqueue(j);
            }
        }

        var order = new List<int>(n);
        while (queue.TryDequeue(out var j))
        {
            order.Add(j);
            foreach (var dep in Out[j])
            {
                if (--remaining[dep.Successor] == 0)
                {
                    queue.Enqueue(dep.Successor);
                }
            }
        }

        return order;
    }

    /// <summary>One cycle in dependency order, found by an iterative depth-first search (no recursion: roadmaps may be long chains).</summary>
    public IReadOnlyList<int>? Cycle()
    {
        var n = Out.Length;
        var state = new byte[n]; // 0 unseen, 1 on the current path, 2 done
        var parent = new int[n];
        var next = new int[n];
        for (var root = 0; root < n; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            var stack = new Stack<int>();
            stack.Push(root);
            state[root] = 1;
            parent[root] = -1;
            while (stack.Count > 0)
            {
                var j = stack.Peek();
                if (next[j] < Out[j].Count)
                {
                    var s = Out[j][next[j]++].Successor;
                    if (state[s] == 1)
                    {
                        var cycle = new List<int>();
                        for (var k = j; k != s; k = parent[k])
                        {
                            cycle.Add(k);
                        }

                        cycle.Add(s);
                        cycle.Reverse();
                        return cycle;
                    }

                    if (state[s] == 0)
                    {
                        state[s] = 1;
                        parent[s] = j;
                        stack.Push(s);
                    }
                }
                else
                {
                    state[j] = 2;
                    stack.Pop();
                }
            }
        }

        return null;
    }
}
