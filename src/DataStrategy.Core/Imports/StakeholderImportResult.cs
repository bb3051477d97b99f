namespace DataStrategy.Core.Imports;

public sealed record StakeholderImportResult(IReadOnlyList<StakeholderImportRow> Rows, IReadOnlyList<ImportIssue> Issues, string? Encoding)
{
    public bool IsValid => Issues.Count == 0 && Rows.Count > 0;
}
