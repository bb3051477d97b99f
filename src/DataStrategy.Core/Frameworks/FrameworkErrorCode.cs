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
}
