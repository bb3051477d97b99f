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

/// <summary>
/// One problem in a framework file, with the place in the file as a JSON path
/// (e.g. <c>$.questions[3].descriptors[2]</c>) so the author can find it.
/// </summary>
public sealed record FrameworkIssue(FrameworkErrorCode Code, string Path, string? Value = null);

public sealed class FrameworkParseResult
{
    public FrameworkDefinition? Framework { get; init; }

    public IReadOnlyList<FrameworkIssue> Issues { get; init; } = [];

    public bool IsValid => Framework is not null && Issues.Count == 0;
}
