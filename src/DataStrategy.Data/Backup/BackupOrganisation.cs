using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

[BackupOf(typeof(Organisation))]
public sealed class BackupOrganisation
{
    public Guid Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public Dictionary<string, string> Name { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public string DefaultLanguage { get; set; } = "fr";

    public bool SharesBenchmark { get; set; }

    /// <summary>Added with issue 7; older files do not publish.</summary>
    public bool PublishesMaturity { get; set; }

    /// <summary>Format 4; older files get the default colour.</summary>
    public string? AccentColour { get; set; }

    /// <summary>Format 9: the catalogue also follows the Belgian federal profile.</summary>
    public bool BelgianCatalogueProfile { get; set; }

    /// <summary>Format 9: the catalogue's contact address.</summary>
    public string? CatalogueContactEmail { get; set; }

    /// <summary>Format 9: the organisation's home page, the catalogue's homepage.</summary>
    public string? Homepage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
