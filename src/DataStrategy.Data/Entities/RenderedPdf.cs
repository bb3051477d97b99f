namespace DataStrategy.Data.Entities;

/// <summary>
/// A PDF made once from one version of a document's content and kept for every instance of the application: the key is
/// the content's hash, so a changed content is a new key and the old rendering is deleted when the new one is stored. A
/// row without content is a claim: one instance is rendering it, the others wait for it. A cache, not in backups.
/// </summary>
public class RenderedPdf : ITenantOwned
{
    /// <summary>SHA-256 (hex) of the document's kind, its content and the program that lays it out.</summary>
    public string Key { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    /// <summary>Which document this is a version of, e.g. "maturity/{campaign}/fr": one rendering is kept per subject.</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The PDF; null while an instance renders it.</summary>
    public byte[]? Content { get; set; }

    /// <summary>When an instance claimed the rendering; a claim older than the conversion timeout is taken over.</summary>
    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset? RenderedAt { get; set; }
}
