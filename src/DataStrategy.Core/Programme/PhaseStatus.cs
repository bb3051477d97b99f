namespace DataStrategy.Core.Programme;

/// <summary>
/// One phase of the programme as the cockpit shows it: its state, its dates (start and end, either unknown),
/// and its progress as a count of things done out of a total (the unit depends on the phase: responses,
/// workshops, sessions, review steps, initiatives, events).
/// </summary>
public sealed record PhaseStatus(ProgrammePhase Phase, PhaseState State, DateOnly? Start, DateOnly? End, int Done, int Total)
{
    /// <summary>Done out of total, 0–100, rounded down; 100 when the phase is done, 0 when there is nothing to count.</summary>
    public int Percent => State == PhaseState.Done ? 100 : Total <= 0 ? 0 : (int)Math.Clamp(100L * Math.Max(0, Done) / Total, 0, 100);
}
