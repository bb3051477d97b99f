namespace DataStrategy.Web.Api;

/// <summary>A page of a longer list.</summary>
public sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items);
