namespace DataStrategy.Core.Programme;

/// <summary>The six phases of a data strategy programme, in the order they are run.</summary>
public enum ProgrammePhase
{
    Assessment,
    FindingsWorkshop,
    WorkingSessions,
    Strategy,
    Roadmap,
    ShowAndTell,
}
