using System.Globalization;
using System.Text;
using DataStrategy.Core.Roadmap;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

public sealed class SchedulerPropertyTests
{
    [Property(Arbitrary = [typeof(SmallProblems)], MaxTest = 120)]
    public void Solve_MinimiseFinish_RespectsEveryConstraintAndBeatsTheListScheduler(SmallProblem small)
    {
        var p = small.Problem;
        var result = Scheduler.Solve(p, Options(seconds: 5));
        var list = ListScheduler.Schedule(p);

        if (result.Status is ScheduleStatus.Optimal or ScheduleStatus.Feasible)
        {
            Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MinimiseFinish));
        }
        else
        {
            // No schedule found: then the heuristic must not have one either, and infeasibility is explained.
            Assert.NotEqual(ScheduleStatus.Feasible, list.Status);
            Assert.True(result.Status != ScheduleStatus.Infeasible || result.Conflicts.Count > 0);
        }

        if (list.Status == ScheduleStatus.Feasible)
        {
            Assert.Empty(Violations(p, list.Starts, ScheduleObjective.MinimiseFinish));
            Assert.True(result.Finish <= list.Finish, $"solver {result.Finish} > list {list.Finish}");
        }
    }

    [Property(Arbitrary = [typeof(SmallProblems)], MaxTest = 80)]
    public void Solve_WeightedDelivered_RespectsEveryConstraintAndBeatsTheListScheduler(SmallProblem small)
    {
        var p = small.Problem;
        var result = Scheduler.Solve(p, Options(ScheduleObjective.MaximiseWeightedDelivered, seconds: 5));
        var list = ListScheduler.Schedule(p, ScheduleObjective.MaximiseWeightedDelivered);

        if (result.Status is ScheduleStatus.Optimal or ScheduleStatus.Feasible)
        {
            Assert.Empty(Violations(p, result.Starts, ScheduleObjective.MaximiseWeightedDelivered));
            Assert.Equal(Enumerable.Range(0, p.Tasks.Count).Where(j => result.Starts[j] is null), result.LeftOut.Select(l => l.Task));
            Assert.All(result.LeftOut, l => Assert.True(p.Tasks[l.Task].LockedStart is null));
        }

        if (list.Status == ScheduleStatus.Feasible && result.Status == ScheduleStatus.Optimal)
        {
            Assert.True(result.WeightDelivered >= list.WeightDelivered, $"solver {result.WeightDelivered} < list {list.WeightDelivered}");
        }
    }

    /// <summary>A random problem of 2–7 tasks on 1–2 resources, built from a seed (printed on failure).</summary>
    public sealed class SmallProblem(int seed)
    {
        public ScheduleProblem Problem { get; } = Build(seed);

        public override string ToString()
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"seed {seed}, horizon {Problem.Horizon}\n");
            foreach (var t in Problem.Tasks)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {t.Key} d={t.Duration} demand=[{string.Join(',', t.Demand)}] es={t.EarliestStart} deadline={t.Deadline} lock={t.LockedStart} w={t.Weight}\n");
            }

            foreach (var r in Problem.Resources)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {r.Key} capacity=[{string.Join(',', r.Capacity)}]\n");
            }

            foreach (var d in Problem.Dependencies)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {d.Predecessor} -{d.Kind}({d.Lag})-> {d.Successor}\n");
            }

            return text.ToString();
        }

        private static ScheduleProblem Build(int seed)
        {
#pragma warning disable CA5394 // Test data, not security.
            var random = new Random(seed);
            var n = random.Next(2, 8);
            var resources = Enumerable.Range(0, random.Next(1, 3))
                .Select(r => new ScheduleResource("R" + r, "R" + r, Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 5)).ToArray()))
                .ToArray();
            var tasks = new ScheduleTask[n];
            for (var j = 0; j < n; j++)
            {
                var duration = random.Next(0, 5);
                var earliest = random.Next(2) == 0 ? 0 : random.Next(0, 4);
                tasks[j] = new ScheduleTask(
                    "T" + j,
                    "T" + j,
                    duration,
                    resources.Select(_ => random.Next(0, 4)).ToArray(),
                    earliest,
                    random.NextDouble() < 0.15 ? earliest + duration + random.Next(0, 9) : null,
                    random.NextDouble() < 0.1 ? random.Next(0, 7) : null,
                    random.Next(1, 6));
            }

            var dependencies = new List<ScheduleDependency>();
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (random.NextDouble() < 0.25)
                    {
                        dependencies.Add(new ScheduleDependency(i, j, random.NextDouble() < 0.7 ? DependencyKind.FinishToStart : DependencyKind.StartToStart, random.Next(-1, 3)));
                    }
                }
            }
#pragma warning restore CA5394

            return new ScheduleProblem { Tasks = tasks, Resources = resources, Dependencies = dependencies, Horizon = random.Next(6, 16) };
        }
    }

    public static class SmallProblems
    {
        public static Arbitrary<SmallProblem> Problems() => Arb.From(Gen.Choose(0, int.MaxValue - 1).Select(seed => new SmallProblem(seed)));
    }
}
