namespace DataStrategy.Core.Inventory;

/// <summary>What is wrong with a field of a dataset (<see cref="DatasetValidation"/>); each caller words it in its reader's language.</summary>
public enum DatasetProblemKind
{
    /// <summary>Required and left empty (a title in at least one language, an access address).</summary>
    Required,

    /// <summary>Longer than <see cref="DatasetProblem.Limit"/> characters.</summary>
    TooLong,

    /// <summary>Not a code of the field's vocabulary.</summary>
    UnknownCode,

    /// <summary>Not an absolute http or https address.</summary>
    NotAnAddress,

    /// <summary>Not lower-case letters, digits and single hyphens, or a word the addresses keep for themselves.</summary>
    BadSlug,

    /// <summary>Outside the allowed range (review months, a date before 2000).</summary>
    OutOfRange,

    /// <summary>More entries than <see cref="DatasetProblem.Limit"/>.</summary>
    TooMany,

    /// <summary>The end of the temporal coverage is before its start.</summary>
    EndBeforeStart,

    /// <summary>A high-value dataset without its category.</summary>
    CategoryRequired,
}
