namespace DataStrategy.Data.Publishing;

/// <summary>How many public datasets there are and when the newest of them changed (null when there is none).</summary>
public sealed record CatalogueStamp(int Count, DateTimeOffset? Newest);
