namespace DataStrategy.Core.Inventory;

/// <summary>One processing activity of the register export: the dataset it concerns, its department, and its record (null when none yet).</summary>
public sealed record ProcessingRegisterRow(string Number, string Name, string? Department, ProcessingRecordFields? Record);
