namespace DataStrategy.Core.Publishing;

public sealed record AtomFeedInfo(string Id, string Title, string Language, string SelfLink, string AlternateLink, string Author, DateTimeOffset Updated);
