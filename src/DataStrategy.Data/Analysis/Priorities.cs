using DataStrategy.Core.Analysis;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Analysis;

public static class Priorities
{
    /// <summary>Workshop votes per theme, over every workshop of the campaign.</summary>
    public static async Task<Dictionary<string, int>> VotesAsync(AppDbContext db, Guid campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var workshops = db.Workshops.Where(w => w.CampaignId == campaignId).Select(w => w.Id);
        return await db.WorkshopVotes.Where(v => workshops.Contains(v.WorkshopId))
            .GroupBy(v => v.ThemeId)
            .Select(g => new { g.Key, Votes = g.Sum(v => v.Votes) })
            .ToDictionaryAsync(x => x.Key, x => x.Votes, cancellationToken);
    }

    /// <summary>The campaign's themes ranked by gap × importance (see <see cref="PriorityRanking"/>).</summary>
    public static async Task<IReadOnlyList<PriorityRow>> RankAsync(AppDbContext db, CampaignAnalysis analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(analysis);
        var votes = await VotesAsync(db, analysis.Campaign.Id, cancellationToken);
        var stored = await db.ThemePriorities.AsNoTracking().Where(p => p.CampaignId == analysis.Campaign.Id).ToDictionaryAsync(p => p.ThemeId, cancellationToken);
        var inputs = analysis.Themes.Select(t => new PriorityInput(t.Id, t.Gap, votes.GetValueOrDefault(t.Id), stored.GetValueOrDefault(t.Id)?.ManualImportance, t.Target is not null)).ToList();
        return PriorityRanking.Rank(inputs).Select(r => new PriorityRow(r, stored.GetValueOrDefault(r.ThemeId))).ToList();
    }
}
