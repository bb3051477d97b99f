using DataStrategy.Core.Analysis;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Analysis;

/// <summary>
/// Organisations that opt in share their latest analysed campaign's theme scores per framework
/// family (no answers, no names). A benchmark is shown only with at least <see cref="MinPeers"/>
/// other organisations, so no single peer's scores can be read from it.
/// </summary>
public static class PeerBenchmark
{
    public const int MinPeers = 5;

    /// <summary>Publishes (or, when the organisation no longer shares, withdraws) its theme scores.</summary>
    public static async Task PublishAsync(AppDbContext db, Guid organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shares = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.SharesBenchmark).SingleAsync(cancellationToken);
        await db.PeerScores.Where(p => p.OrganisationId == organisationId).ExecuteDeleteAsync(cancellationToken);
        if (!shares)
        {
            return;
        }

        var campaigns = await db.Campaigns.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && (c.Status == CampaignStatus.Analysing || c.Status == CampaignStatus.Closed))
            .Select(c => new { c.Id, c.FrameworkId, Key = c.Framework!.Key, c.StartsOn, c.CreatedAt })
            .ToListAsync(cancellationToken);
        foreach (var latest in campaigns.GroupBy(c => c.Key).Select(g => g.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.CreatedAt).First()))
        {
            var analysis = await CampaignAnalyses.RunAsync(db, latest.Id, RespondentFilter.All, cancellationToken);
            if (analysis is null)
            {
                continue;
            }

            foreach (var theme in analysis.Themes.Where(t => t.Score is not null))
            {
                db.PeerScores.Add(new PeerScore { OrganisationId = organisationId, FrameworkKey = latest.Key, ThemeId = theme.Id, Score = theme.Score!.Value });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The benchmark for a framework family, excluding the reader's own organisation; empty under <see cref="MinPeers"/> peers per theme.</summary>
    public static async Task<IReadOnlyList<PeerTheme>> ReadAsync(AppDbContext db, string frameworkKey, Guid organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scores = await db.PeerScores.AsNoTracking()
            .Where(p => p.FrameworkKey == frameworkKey && p.OrganisationId != organisationId)
            .Select(p => new { p.ThemeId, p.Score })
            .ToListAsync(cancellationToken);
        return scores.GroupBy(s => s.ThemeId)
            .Where(g => g.Count() >= MinPeers)
            .Select(g =>
            {
                var sorted = g.Select(s => s.Score).Order().ToArray();
                return new PeerTheme(g.Key, sorted.Length, LevelStatistics.QuantileOfSorted(sorted, 0.25), LevelStatistics.QuantileOfSorted(sorted, 0.5), LevelStatistics.QuantileOfSorted(sorted, 0.75));
            })
            .ToList();
    }
}
