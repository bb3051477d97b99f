using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

/// <summary>A fixed sample of 48 j30 instances (tests/fixtures/psplib/j30, every 10th) must each reach its proven optimum.</summary>
public sealed class PsplibJ30Tests
{
    public static TheoryData<string> Instances()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(PsplibFolder(), "*.sm").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Solve_J30Sample_ReachesTheKnownOptimum(string name)
    {
        var optimum = Psplib.ParseOptima(File.ReadAllText(Path.Combine(PsplibFolder(), "optimum.csv")))[name];
        var problem = Psplib.Parse(File.ReadAllText(Path.Combine(PsplibFolder(), name))).ToProblem();

        // The search is bounded by work (deterministic time), not by the wall clock, so that a loaded machine gives the
        // same verdict, and stops as soon as the optimum is reached (proving it can take much longer on the hardest).
        var options = Options(seconds: 120) with { Tuning = SolverTuning.Default with { Parameters = "max_deterministic_time:10" } };
        using var reached = new CancellationTokenSource();
        var result = Scheduler.Solve(problem, options, reached.Token, r =>
        {
            if (r.Finish <= optimum.Upper)
            {
                reached.Cancel();
            }
        });

        Assert.Equal(optimum.Upper, result.Finish);
        Assert.Empty(Violations(problem, result.Starts, ScheduleObjective.MinimiseFinish));
    }

    [Fact]
    public void Fixtures_AreTheFortyEightSampledInstances()
    {
        Assert.Equal(48, Instances().Count);
    }
}
