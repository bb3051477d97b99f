namespace DataStrategy.Core.Frameworks;

public sealed class FrameworkParseResult
{
    public FrameworkDefinition? Framework { get; init; }

    public IReadOnlyList<FrameworkIssue> Issues { get; init; } = [];

    public bool IsValid => Framework is not null && Issues.Count == 0;
}
