namespace DataStrategy.Core.Imports;

public sealed record StakeholderImportRow(int Row, string Name, string? JobTitle, Guid? DepartmentId, string? DepartmentText, string? Email, string? Notes);
