using Google.OrTools.Sat;

namespace DataStrategy.Core.Roadmap;

/// <summary>
/// The knapsack constraint of one resource and one window [a, b): the least work the counted tasks must do inside the
/// window (energetic reasoning: a run of d periods somewhere in [earliest start, latest finish)) fits in the window's
/// capacity less what the locked tasks use there. Shared by the scheduling model's cuts and by <see cref="WeightBound"/>.
/// </summary>
internal static class KnapsackWindow
{
    /// <summary>Adds the constraint when it can bind (the counted tasks' least work exceeds the room).</summary>
    /// <param name="counted">Per task, the literal "delivered" (null: not a choice, or locked).</param>
    /// <param name="latest">Per task, the latest finish when delivered.</param>
    public static void Add(CpModel cp, PreparedProblem q, int r, int a, int b, IReadOnlyList<ILiteral?> counted, IReadOnlyList<int> latest)
    {
        var p = q.P;
        long room = 0;
        for (var u = a; u < b; u++)
        {
            room += p.Resources[r].CapacityAt(u);
        }

        var literals = new List<ILiteral>();
        var coefficients = new List<long>();
        for (var j = 0; j < q.N; j++)
        {
            var d = p.Tasks[j].Duration;
            var need = q.Demand(j, r);
            if (d == 0 || need == 0)
            {
                continue;
            }

            if (p.Tasks[j].LockedStart is { } at)
            {
                room -= (long)need * Math.Max(0, Math.Min(at + d, b) - Math.Max(at, a));
            }
            else if (counted[j] is { } literal)
            {
                var inside = Math.Min(Math.Min(d, b - a), Math.Min(q.Earliest[j] + d - a, b - (latest[j] - d)));
                if (inside > 0)
                {
                    literals.Add(literal);
                    coefficients.Add((long)need * inside);
                }
            }
        }

        if (literals.Count > 0 && coefficients.Sum() > room)
        {
            cp.Add(LinearExpr.WeightedSum(literals, coefficients) <= Math.Max(0, room));
        }
    }
}
