namespace DataStrategy.Core.Inventory.Exchange;

/// <summary>A value of a mapped field that matches nothing (the user maps it or corrects the file), and how many rows hold it.</summary>
public sealed record DatasetUnknownValue(string Field, string Value, int Rows);
