namespace DataStrategy.Core.Publishing;

public sealed record AtomEntry(string Id, string Title, string Summary, string Link, DateTimeOffset Updated, DateTimeOffset Published, string? ImageLink = null);
