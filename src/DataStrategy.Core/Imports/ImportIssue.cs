namespace DataStrategy.Core.Imports;

public enum ImportErrorCode
{
    FileEmpty,
    FileTooLarge,
    UnreadableFile,
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

/// <summary>One problem in an import: where it is (row as numbered in the user's file, column) and what.</summary>
public sealed record ImportIssue(ImportErrorCode Code, int? Row = null, string? Column = null, string? Value = null);
