namespace DataStrategy.Data.Entities;

/// <summary>A comment on an item; a reply has a parent; a thread is resolved at its root.</summary>
public class StrategyComment : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid ItemId { get; set; }

    public Guid? ParentId { get; set; }

    public string? AuthorId { get; set; }

    public string AuthorName { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>The language the comment was written in (the writer's interface language); null when unknown.</summary>
    public string? Language { get; set; }

    /// <summary>User IDs of the members mentioned.</summary>
    public List<string> Mentions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedByName { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
