namespace DataStrategy.Core.Roadmap;

/// <summary>How <see cref="Scheduler"/> uses the branch-and-bound of <see cref="ProjectBranchAndBound"/> when it applies.</summary>
public enum BranchAndBoundMode
{
    /// <summary>Not at all: CP-SAT alone proves optimality.</summary>
    Off,

    /// <summary>Before CP-SAT, for at most <see cref="SolverTuning.BranchAndBoundShare"/> of the time limit.</summary>
    Before,

    /// <summary>On its own thread beside CP-SAT for the whole time limit, the two sharing the best finish found.</summary>
    Beside,
}
