namespace DataStrategy.Web.Api;

/// <summary>A published open dataset of the organisation.</summary>
public sealed record DatasetDto(string Name, int Rows, string Json, string Csv);
