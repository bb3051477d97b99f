namespace DataStrategy.Web.Api;

public sealed record DepartmentDto(Guid Id, string Code, Texts Name, string Kind);
