namespace DataStrategy.Core.Roadmap;

public enum ScheduleStatus
{
    /// <summary>Proven best.</summary>
    Optimal,

    /// <summary>A valid schedule; the time limit ended the search before proving it best.</summary>
    Feasible,

    /// <summary>No schedule satisfies the constraints; see <see cref="ScheduleResult.Conflicts"/>.</summary>
    Infeasible,

    /// <summary>The time limit ended the search before any schedule was found.</summary>
    Unknown,
}
