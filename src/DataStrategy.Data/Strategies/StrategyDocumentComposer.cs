using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Core.Documents;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Strategies;

/// <summary>Gathers what the strategy document shows: a version (or the draft), the organisation's name, logo and colour.</summary>
public static class StrategyDocumentComposer
{
    /// <summary>"fr", "nl", "en", or two of them joined by a dash for a bilingual document ("fr-nl").</summary>
    public static IReadOnlyList<string>? ParseLanguages(string? value)
    {
        var parts = (value ?? string.Empty).Split('-');
        return parts.Length is 1 or 2 && parts.All(Languages.IsSupported) && parts.Distinct().Count() == parts.Length ? parts : null;
    }

    /// <param name="version">A version number, "draft", or null for the latest published version (else the draft).</param>
    /// <param name="namePeople">Whether role holders are named; otherwise only their departments are shown (public documents).</param>
    public static async Task<StrategyDocument?> ComposeAsync(AppDbContext db, Organisation organisation, string? version, IReadOnlyList<string> languages, bool namePeople, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(languages);
        StrategySnapshot snapshot;
        Dictionary<string, string> versionText;
        var strategy = await StrategyWorkspace.EnsureAsync(db, organisation, cancellationToken);
        StrategyVersion? row = null;
        if (version is null)
        {
            row = await StrategyWorkspace.PublishedAsync(db, cancellationToken);
        }
        else if (version != "draft")
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            row = await db.StrategyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
            if (row is null)
            {
                return null;
            }
        }

        if (row is null)
        {
            snapshot = await StrategyWorkspace.SnapshotAsync(db, strategy, cancellationToken);
            versionText = languages.ToDictionary(l => l, l => DraftText(l, strategy.UpdatedAt));
        }
        else
        {
            snapshot = StrategySnapshot.FromJson(row.Snapshot);
            versionText = languages.ToDictionary(l => l, l => VersionText(l, row));
        }

        var ids = snapshot.Items.SelectMany(i => i.Targets(StrategyRelation.Holder)).Select(t => Guid.TryParse(t, out var g) ? g : Guid.Empty).ToList();
        var people = await db.Stakeholders.AsNoTracking().Include(s => s.Department).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var language = languages[0];
        var holders = people.ToDictionary(p => p.Id, p => namePeople && p.ErasedAt is null
            ? p.Name + (p.Department is null ? string.Empty : " (" + p.Department.Name.Get(language) + ")")
            : p.Department?.Name.Get(language) ?? string.Empty);
        var logo = await db.OrganisationLogos.AsNoTracking().SingleOrDefaultAsync(l => l.OrganisationId == organisation.Id, cancellationToken);
        return new StrategyDocument
        {
            Languages = languages,
            OrganisationName = organisation.Name,
            Strategy = snapshot,
            VersionText = versionText,
            // Without metadata, also for a logo stored before uploads were cleaned: the document is published.
            Logo = logo is null ? null : Core.Images.LogoMetadata.Strip(logo.Data),
            LogoContentType = logo?.ContentType,
            AccentColour = organisation.AccentColour,
            HolderNames = holders.Where(h => h.Value.Length > 0).ToDictionary(h => h.Key, h => h.Value),
            Roadmap = await Roadmaps.RoadmapExchangeComposer.SectionAsync(db, snapshot, cancellationToken),
        };
    }

    private static string Date(string language, DateTimeOffset at) => Core.Text.DateText.Full(DateOnly.FromDateTime(at.DateTime), CultureInfo.GetCultureInfo(language));

    private static string DraftText(string language, DateTimeOffset at) => language switch
    {
        "fr" => "Projet de travail du " + Date(language, at),
        "nl" => "Werkversie van " + Date(language, at),
        _ => "Working draft of " + Date(language, at),
    };

    private static string VersionText(string language, StrategyVersion version)
    {
        var n = version.Number.ToString(CultureInfo.InvariantCulture);
        var published = version.PublishedAt is { } at ? Date(language, at) : string.Empty;
        return (language, version.Status) switch
        {
            ("fr", StrategyVersionStatus.Published or StrategyVersionStatus.Superseded) => $"Version {n} — publiée le {published}",
            ("nl", StrategyVersionStatus.Published or StrategyVersionStatus.Superseded) => $"Versie {n} — gepubliceerd op {published}",
            (_, StrategyVersionStatus.Published or StrategyVersionStatus.Superseded) => $"Version {n} — published {published}",
            ("fr", StrategyVersionStatus.Approved) => $"Version {n} — approuvée",
            ("nl", StrategyVersionStatus.Approved) => $"Versie {n} — goedgekeurd",
            (_, StrategyVersionStatus.Approved) => $"Version {n} — approved",
            ("fr", _) => $"Version {n} — en relecture",
            ("nl", _) => $"Versie {n} — ter nazicht",
            _ => $"Version {n} — in review",
        };
    }

    public static string FileName(Organisation organisation, IReadOnlyList<string> languages) =>
        Slug.From(organisation.Name.Get(languages[0])) + "-strategy-" + string.Join("-", languages);
}
