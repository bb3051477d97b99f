namespace DataStrategy.Core.Imports;

public enum ImportErrorCode
{
    FileEmpty,
    FileTooLarge,
    UnreadableFile,

    /// <summary>A quoted CSV value never closes; the value is the line where its quote opens.</summary>
    UnclosedQuote,
    UnsupportedFileType,
    TooManyRows,
    MissingColumn,
    NoRows,
    Required,
    TooLong,
    EmailInvalid,
    EmailDuplicateInFile,
    EmailAlreadyExists,
    DepartmentUnknown,
    UnknownId,
    DuplicateInFile,
    UnknownValue,
    UnknownQuestion,
    DuplicateAnswer,
    NoQuestionColumns,
    LevelOutOfRange,

    // Roadmap import (RoadmapImport).
    CodeInvalid,
    NotANumber,
    OutOfRange,
    MonthInvalid,
    DependencyInvalid,
    DependencyUnknown,
    DependencyCycle,
    ObjectiveUnknown,
    NameAmbiguous,
    ThemeUnknown,
    TeamUnknown,
    FormulaNotAllowed,

    // Answer import: department mapping and files of another shape.

    /// <summary>More distinct unknown departments than can be mapped; the value is the limit.</summary>
    TooManyDepartments,

    /// <summary>A name for a new department that cannot be used (formula, control characters, too long); the value is the name.</summary>
    DepartmentNameInvalid,

    /// <summary>The file is of another kind: <see cref="ImportIssue.Column"/> names what it looks like, the value its first columns.</summary>
    WrongShape,
}
