namespace DataStrategy.Core.Publishing;

/// <summary>Who publishes a dataset, under which licence, from where.</summary>
public sealed record OpenDataSource(string Publisher, string Source, DateTimeOffset Generated);
