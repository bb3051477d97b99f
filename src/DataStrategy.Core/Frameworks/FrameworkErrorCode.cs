namespace DataStrategy.Core.Frameworks;

public enum FrameworkErrorCode
{
    FileEmpty,
    FileTooLarge,
    NotJson,
    WrongFormat,
    Required,
    WrongType,
    InvalidId,
    DuplicateId,
    UnknownReference,
    TooFewLevels,
    TooManyLevels,
    LevelOutOfRange,
    MissingDescriptor,
    DuplicateDescriptor,
    TooLong,
    TooMany,
    NoQuestions,
    UnknownLanguage,

    /// <summary>An ODI-shaped file whose questions have no statements per level (an ODI Pathway file); the value is its number of questions.</summary>
    LooksLikePathway,

    /// <summary>A spreadsheet (CSV) given as a framework.</summary>
    LooksLikeSpreadsheet,
}
