namespace DataStrategy.Core.Frameworks;

public sealed class FrameworkParseResult
{
    public FrameworkDefinition? Framework { get; init; }

    public IReadOnlyList<FrameworkIssue> Issues { get; init; } = [];

    /// <summary>For an ODI tool file: the level read as themes, and whether it was detected rather than chosen.</summary>
    public OdiThemeLevel? ThemeLevel { get; init; }

    public bool ThemeLevelDetected { get; init; }

    public bool IsValid => Framework is not null && Issues.Count == 0;
}
