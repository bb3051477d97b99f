namespace DataStrategy.Core.Strategy;

public enum RaciProblemKind
{
    /// <summary>No role is accountable for the activity.</summary>
    MissingAccountable,

    /// <summary>More than one role is accountable: accountability must rest with exactly one.</summary>
    SeveralAccountable,

    /// <summary>No role is responsible for doing the activity.</summary>
    MissingResponsible,
}
