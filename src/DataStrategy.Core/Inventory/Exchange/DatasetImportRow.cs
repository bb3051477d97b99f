namespace DataStrategy.Core.Inventory.Exchange;

/// <summary>
/// One valid row: its spreadsheet number, the dataset's slug, whether it is new, and the value of each mapped field as
/// the register stores it (a code, a department or person id, "true"/"false", an ISO date, a number, a text; null = empty).
/// </summary>
public sealed record DatasetImportRow(int Row, string Slug, bool IsNew, IReadOnlyDictionary<string, string?> Values);
