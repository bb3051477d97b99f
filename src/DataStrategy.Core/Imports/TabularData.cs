namespace DataStrategy.Core.Imports;

/// <summary>A spreadsheet-like table read from an upload: the first row is the header.</summary>
/// <param name="RowNumbers">For each row, its number as the spreadsheet shows it (the header is usually row 1).</param>
public sealed record TabularData(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> RowNumbers, string Encoding);
