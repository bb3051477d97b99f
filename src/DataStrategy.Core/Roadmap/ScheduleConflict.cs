namespace DataStrategy.Core.Roadmap;

/// <summary>One reason a problem has no schedule, naming the tasks and the resource involved.</summary>
/// <param name="Tasks">Indices into <see cref="ScheduleProblem.Tasks"/>, in a meaningful order (a cycle in cycle order).</param>
/// <param name="Resource">Index into <see cref="ScheduleProblem.Resources"/> when a resource is involved.</param>
/// <param name="Period">The period concerned, when one is.</param>
/// <param name="Needed">Units or periods needed, when the conflict is about an amount.</param>
/// <param name="Available">Units or periods available.</param>
public sealed record ScheduleConflict(
    ConflictKind Kind,
    IReadOnlyList<int> Tasks,
    int? Resource = null,
    int? Period = null,
    int? Needed = null,
    int? Available = null);
