using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

public class Organisation : IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>URL segment, unique, e.g. "ville-de-demo".</summary>
    public string Slug { get; set; } = string.Empty;

    public LocalizedText Name { get; set; } = new();

    /// <summary>Official languages of the organisation, e.g. ["fr", "nl"]; English is always available.</summary>
    public List<string> Languages { get; set; } = [];

    public string DefaultLanguage { get; set; } = Core.Languages.French;

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Shares anonymised theme scores with other organisations on this installation (peer benchmark).</summary>
    public bool SharesBenchmark { get; set; }

    /// <summary>Publishes the latest analysed campaign's theme scores as open data on the public site.</summary>
    public bool PublishesMaturity { get; set; }

    /// <summary>Accent colour of documents and the public page, "RRGGBB".</summary>
    public string AccentColour { get; set; } = "1F4E79";

    /// <summary>The DCAT-AP catalogue also conforms to the Belgian federal profile (titles in fr, nl, de and en among its rules).</summary>
    public bool BelgianCatalogueProfile { get; set; }

    /// <summary>The address the public data catalogue gives for questions about it (its contact point); a service mailbox, not a person's.</summary>
    public string? CatalogueContactEmail { get; set; }

    /// <summary>The organisation's own website, given as the catalogue publisher's homepage.</summary>
    public string? Homepage { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Changes, to a new random value, after every committed write to the organisation's data (any table, by any
    /// instance or the CLI): the key under which rendered pages are kept (<c>ContentStampInterceptor</c>, ADR 0038).
    /// Random rather than counted, so that a restored or re-created organisation never meets an old page again.
    /// Not part of a backup, not audited, never shown.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long ContentStamp { get; set; } = NewContentStamp();

    /// <summary>
    /// A copy that shares nothing that can change with this one (its name and languages are copied too): what one
    /// request is given of an organisation remembered for many (<c>TenantCache</c>).
    /// </summary>
    public Organisation Copy()
    {
        var copy = (Organisation)MemberwiseClone();
        copy.Name = new LocalizedText(Name.Values);
        copy.Languages = [.. Languages];
        return copy;
    }

    /// <summary>A random stamp (not a secret: it only has to differ from the last one).</summary>
    public static long NewContentStamp() => Random.Shared.NextInt64(long.MaxValue);
}
