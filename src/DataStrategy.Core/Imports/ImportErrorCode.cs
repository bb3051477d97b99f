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
}
