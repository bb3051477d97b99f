using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

public sealed class PsplibTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(PsplibFolder(), "j3010_1.sm"));

    [Fact]
    public void Parse_RealInstance_ReadsCountsAndFields()
    {
        var instance = Psplib.Parse(Sample);

        Assert.Equal((32, 164, 41), (instance.Jobs, instance.Horizon, instance.MpmTime));
        Assert.Equal([24, 23, 25, 33], instance.Capacities);
        Assert.Equal([1, 2, 3], instance.Successors[0]);
        Assert.Equal(2, instance.Durations[1]);
        Assert.Equal([1, 2, 4, 0], instance.Demands[1]);
    }

    [Fact]
    public void ToProblem_RealInstance_CriticalPathIsTheMpmTime()
    {
        var instance = Psplib.Parse(Sample);

        Assert.Equal(instance.MpmTime, CriticalPath.Analyse(instance.ToProblem()).Finish);
    }

    [Fact]
    public void Parse_Truncated_ThrowsWithLineNumber()
    {
        var half = Sample[..(Sample.Length / 2)];

        var error = Assert.Throws<FormatException>(() => Psplib.Parse(half));

        Assert.StartsWith("Line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonNumericDuration_NamesTheLine()
    {
        var broken = Sample.Replace("  2      1     2       1    2    4    0", "  2      1     two     1    2    4    0", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => Psplib.Parse(broken));

        Assert.Contains("Line 56:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'two'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeDemand_Throws()
    {
        var broken = Sample.Replace("  2      1     2       1    2    4    0", "  2      1     2      -1    2    4    0", StringComparison.Ordinal);

        Assert.Contains("'-1'", Assert.Throws<FormatException>(() => Psplib.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeNumber_Throws()
    {
        var broken = Sample.Replace("   24   23   25   33", "   24   23   25   99999999999999999999", StringComparison.Ordinal);

        Assert.Contains("larger than", Assert.Throws<FormatException>(() => Psplib.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeJobCount_ThrowsBeforeAllocating()
    {
        var broken = Sample.Replace("jobs (incl. supersource/sink ):  32", "jobs (incl. supersource/sink ):  2000000000", StringComparison.Ordinal);

        Assert.Contains("larger than", Assert.Throws<FormatException>(() => Psplib.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PrecedenceCycle_NamesTheJobs()
    {
        // Job 32 (the sink) made a predecessor of job 2: 2 → … → 32 → 2.
        var broken = Sample.Replace("  32        1          0", "  32        1          1           2", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => Psplib.Parse(broken));

        Assert.Contains("cycle: jobs 2 → ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" → 32.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SuccessorOutOfRange_Throws()
    {
        var broken = Sample.Replace("  31        1          1          32", "  31        1          1          33", StringComparison.Ordinal);

        Assert.Contains("outside 1..32", Assert.Throws<FormatException>(() => Psplib.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SuccessorCountMismatch_Throws()
    {
        var broken = Sample.Replace("   1        1          3           2   3   4", "   1        1          4           2   3   4", StringComparison.Ordinal);

        Assert.Contains("announces 4 successors", Assert.Throws<FormatException>(() => Psplib.Parse(broken)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_Throws()
    {
        Assert.Throws<FormatException>(() => Psplib.Parse(string.Empty));
    }

    [Fact]
    public void ParseOptima_ProvenAndRanges_ReadsBounds()
    {
        var optima = Psplib.ParseOptima("problem,optimum\nj601_1.sm,77\nj609_1.sm,82..87\nx.sm,..90\n");

        Assert.Equal(new PsplibOptimum("j601_1.sm", 77, 77), optima["j601_1.sm"]);
        Assert.Equal(new PsplibOptimum("j609_1.sm", 82, 87), optima["j609_1.sm"]);
        Assert.Equal(new PsplibOptimum("x.sm", null, 90), optima["x.sm"]);
        Assert.False(optima["j609_1.sm"].Proven);
    }
}
