using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>
/// The register list's filters as one query on indexed columns: words against the folded search text, department, theme,
/// access right, status, "mine" (the signed-in person's stakeholder is owner or steward). Shared by the steward's list
/// and the reminders.
/// </summary>
public static class DatasetQuery
{
    public static readonly string[] Statuses = ["due", "stale", "published", "personal", "authentic"];

    public static readonly string[] Sorts = ["title", "review", "updated"];

    /// <summary>Longest search accepted; the rest is ignored.</summary>
    public const int MaxSearch = 200;

    public static IQueryable<Dataset> Filter(AppDbContext db, DatasetFilter filter, IReadOnlyCollection<Guid> mine, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(mine);
        IQueryable<Dataset> query;
        if (EuVocabularies.Find(EuVocabularies.DataThemes, filter.Theme) is { } theme)
        {
            // Themes are stored as "ENVI,TRAN": a code is matched between commas (codes are letters only).
            var pattern = "%," + theme.Code + ",%";
            query = db.Datasets.FromSql($"SELECT * FROM \"Datasets\" WHERE (',' || \"Themes\" || ',') LIKE {pattern}");
        }
        else
        {
            query = db.Datasets;
        }

        query = query.AsNoTracking();
        var words = DatasetRules.Fold(filter.Q is { Length: > MaxSearch } q ? q[..MaxSearch] : filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10);
        var sqlite = db.Database.IsSqlite();
        foreach (var word in words)
        {
            // Each word a substring of the folded text. SQLite: instr(), answered from the narrow index on (organisation,
            // slug, search text) without reading the wide rows. PostgreSQL: LIKE '%word%' with the word's wildcards escaped
            // (the same test), which the trigram index can answer when the server has it (ADR 0043).
            if (sqlite)
            {
                query = query.Where(d => d.SearchText.Contains(word));
            }
            else
            {
                var pattern = "%" + LikeLiteral(word) + "%";
                query = query.Where(d => EF.Functions.Like(d.SearchText, pattern, LikeEscape));
            }
        }

        if (filter.Department is { } department)
        {
            query = query.Where(d => d.DepartmentId == department);
        }

        if (EuVocabularies.Find(EuVocabularies.AccessRights, filter.Access) is { } access)
        {
            query = query.Where(d => d.AccessRight == access.Code);
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        query = filter.Status switch
        {
            "due" => query.Where(d => d.NextReviewOn <= today),
            "stale" => query.Where(d => d.StaleAfter != null && d.StaleAfter < now),
            "published" => query.Where(d => d.Published),
            "personal" => query.Where(d => d.PersonalData),
            "authentic" => query.Where(d => d.AuthenticSource),
            _ => query,
        };

        if (filter.Mine)
        {
            query = query.Where(d => (d.OwnerId != null && mine.Contains(d.OwnerId.Value)) || (d.StewardId != null && mine.Contains(d.StewardId.Value)));
        }

        return query;
    }

    private const string LikeEscape = "\\";

    /// <summary>A word as a LIKE pattern that matches only itself: the escape character and the wildcards % and _ escaped.</summary>
    public static string LikeLiteral(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
    }

    public static IOrderedQueryable<Dataset> Sort(IQueryable<Dataset> query, string? sort) => sort switch
    {
        "review" => query.OrderBy(d => d.NextReviewOn).ThenBy(d => d.Slug),
        "updated" => query.OrderByDescending(d => d.LastUpdatedAt).ThenBy(d => d.Slug),
        _ => query.OrderBy(d => d.Slug),
    };

    /// <summary>The stakeholders with the signed-in person's e-mail address (what "mine" means).</summary>
    public static async Task<List<Guid>> MineAsync(AppDbContext db, string? email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(email))
        {
            return [];
        }

        var normalized = email.Trim().ToUpperInvariant();
        return await db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null && s.Email != null && s.Email.ToUpper() == normalized).Select(s => s.Id).ToListAsync(cancellationToken);
    }
}
