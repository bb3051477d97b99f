using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Inventory.Exchange;

/// <summary>The rows of an import, its problems, and the values still to map: it imports only when both lists are empty.</summary>
public sealed record DatasetImportResult(IReadOnlyList<DatasetImportRow> Rows, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<DatasetUnknownValue> Unknown)
{
    public bool IsValid => Issues.Count == 0 && Unknown.Count == 0;
}
