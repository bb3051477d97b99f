using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Roadmap.Exchange;

public sealed record RoadmapImportResult(
    IReadOnlyList<RoadmapImportRow> Rows,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlySet<string> Columns,
    IReadOnlyDictionary<string, string> ColumnLetters,
    IReadOnlyList<string> NewWorkstreams)
{
    public bool IsValid => Issues.Count == 0 && Rows.Count > 0;

    public bool HasColumn(string column) => Columns.Contains(column);

    /// <summary>"F" for the sixth column of the sheet; "" when unknown.</summary>
    public string LetterOf(string? column) => column is not null && ColumnLetters.TryGetValue(column, out var letter) ? letter : "";
}
