namespace DataStrategy.Core.Translation;

/// <summary>One problem of an XLIFF file: what, on which line (0 when the file as a whole), and the value concerned.</summary>
public sealed record XliffIssue(XliffProblem Problem, int Line = 0, string? Detail = null);
