namespace DataStrategy.Core.Translation;

/// <summary>
/// One problem of an XLIFF file: what, on which line (0 when the file as a whole), the value concerned, and a number
/// when the problem has one (the longest translation allowed, the line where a duplicated ID first appears).
/// </summary>
public sealed record XliffIssue(XliffProblem Problem, int Line = 0, string? Detail = null, int Number = 0);
