namespace DataStrategy.Core.Inventory;

/// <summary>One problem of a record of processing: the field (<see cref="ProcessingRecordFields"/>'s property name) and what is wrong.</summary>
public sealed record ProcessingRecordIssue(string Field, ProcessingRecordError Error);
