namespace DataStrategy.Core.Roadmap;

/// <summary>Result of <c>CriticalPath.Analyse</c>.</summary>
public sealed class CriticalPathResult
{
    /// <summary>Per task index; empty when <see cref="Cycle"/> is set.</summary>
    public IReadOnlyList<TaskTiming> Timings { get; init; } = [];

    /// <summary>The earliest possible finish of the whole plan (capacity ignored).</summary>
    public int Finish { get; init; }

    /// <summary>Task indices of one critical chain, in order from first to last.</summary>
    public IReadOnlyList<int> CriticalChain { get; init; } = [];

    /// <summary>Task indices forming a dependency cycle, in cycle order, when the dependencies have one.</summary>
    public IReadOnlyList<int>? Cycle { get; init; }
}
