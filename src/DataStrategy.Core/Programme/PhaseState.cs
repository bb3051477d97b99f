namespace DataStrategy.Core.Programme;

/// <summary>Where a phase of the programme stands.</summary>
public enum PhaseState
{
    NotStarted,
    InProgress,
    Done,
}
