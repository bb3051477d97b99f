namespace DataStrategy.Core.Imports;

/// <summary>One problem in an import: where it is (row as numbered in the user's file, column) and what.</summary>
public sealed record ImportIssue(ImportErrorCode Code, int? Row = null, string? Column = null, string? Value = null);
