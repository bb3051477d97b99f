namespace DataStrategy.Core.Roadmap;

/// <summary>What the scheduler optimises.</summary>
public enum ScheduleObjective
{
    /// <summary>Every task is scheduled; the last finish is as early as possible.</summary>
    MinimiseFinish,

    /// <summary>Tasks that cannot finish by the horizon are left out; the sum of weights delivered is as large as possible
    /// (ties broken by the earlier finish).</summary>
    MaximiseWeightedDelivered,
}
