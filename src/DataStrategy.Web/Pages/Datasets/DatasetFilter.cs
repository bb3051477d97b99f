namespace DataStrategy.Web.Pages.Datasets;

/// <summary>What the register list is filtered by (the query string of <c>/o/{org}/datasets</c>).</summary>
public sealed record DatasetFilter(string? Q, Guid? Department, string? Theme, string? Access, string? Status, bool Mine, string? Sort);
