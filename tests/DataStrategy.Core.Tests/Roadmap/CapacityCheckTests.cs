using DataStrategy.Core.Roadmap;
using static DataStrategy.Core.Tests.Roadmap.RoadmapTestData;

namespace DataStrategy.Core.Tests.Roadmap;

public sealed class CapacityCheckTests
{
    [Fact]
    public void Find_OverlapOverCapacity_ReportsOnlyTheSharedPeriod()
    {
        var p = Problem([Task("A", 2, demand: 6), Task("B", 2, demand: 5)], [Team(10)]);

        var overload = Assert.Single(CapacityCheck.Find(p, [0, 1]));

        Assert.Equal(new CapacityOverload(0, 1, 11, 10, overload.Tasks), overload);
        Assert.Equal([0, 1], overload.Tasks);
        Assert.Equal(1, overload.Excess);
    }

    [Fact]
    public void Find_TaskLeftOut_IsIgnored()
    {
        var p = Problem([Task("A", 2, demand: 6), Task("B", 2, demand: 5)], [Team(10)]);

        Assert.Empty(CapacityCheck.Find(p, [0, null]));
    }

    [Fact]
    public void Find_HireInMonth7_OverloadsOnlyBeforeTheHire()
    {
        // Seven months at 40 tenths of an FTE, then 50 from month 7 on.
        var p = Problem([Task("A", 4, demand: 45)], [Team(40, 40, 40, 40, 40, 40, 40, 50)]);

        var periods = CapacityCheck.Find(p, [5]).Select(o => o.Period);

        Assert.Equal([5, 6], periods);
    }

    [Fact]
    public void Find_TwoResources_OrderedByResourceThenPeriod()
    {
        var p = new ScheduleProblem
        {
            Tasks = [new ScheduleTask("A", "A", 3, [2, 2]), new ScheduleTask("B", "B", 3, [2, 2])],
            Resources = [new ScheduleResource("x", "X", [3]), new ScheduleResource("y", "Y", [3])],
            Horizon = 10,
        };

        var found = CapacityCheck.Find(p, [1, 0]).Select(o => (o.Resource, o.Period));

        Assert.Equal([(0, 1), (0, 2), (1, 1), (1, 2)], found);
    }

    [Fact]
    public void Find_StartsOfWrongLength_Throws()
    {
        var p = Problem([Task("A", 2)], [Team(1)]);

        Assert.Throws<ArgumentException>(() => CapacityCheck.Find(p, [0, 1]));
    }
}
