namespace DataStrategy.Core.Assessment;

public sealed record ImportedRespondent(string Key, string? Name, Guid? DepartmentId, int Row);
