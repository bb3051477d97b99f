namespace DataStrategy.Core.Publishing;

/// <summary>A table of published content: named columns, rows of strings, numbers or nulls.</summary>
public sealed record OpenDataset(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
