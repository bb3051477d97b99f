namespace DataStrategy.Core.Frameworks;

/// <summary>
/// One problem in a framework file, with the place in the file as a JSON path
/// (e.g. <c>$.questions[3].descriptors[2]</c>) so the author can find it.
/// </summary>
public sealed record FrameworkIssue(FrameworkErrorCode Code, string Path, string? Value = null);
