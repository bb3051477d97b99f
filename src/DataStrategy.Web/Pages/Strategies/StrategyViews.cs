using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Strategies;

public static class StrategyViews
{
    /// <summary>A snapshot for reading: role holders named for those who may see people, by department for everyone else.</summary>
    /// <param name="contentLanguage">A content language that is no interface language (German), to read texts in; null: <paramref name="language"/>.</param>
    public static async Task<StrategyView> ForMembersAsync(AppDbContext db, StrategySnapshot snapshot, string language, bool canSeePeople, string? itemUrl, string? contentLanguage = null, IReadOnlyList<string>? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshot);
        var ids = HolderIds(snapshot);
        var people = await db.Stakeholders.AsNoTracking().Include(s => s.Department).Where(s => ids.Contains(s.Id)).ToListAsync();
        return new StrategyView
        {
            Snapshot = snapshot,
            Language = language,
            ContentLanguage = contentLanguage == language ? null : contentLanguage,
            Preferred = preferred,
            ItemUrl = itemUrl,
            Holders = canSeePeople ? people.Where(p => p.ErasedAt == null).ToDictionary(p => p.Id, p => (p.Name, p.Department?.Name.Get(language))) : null,
            HolderDepartments = people.ToDictionary(p => p.Id, p => p.Department?.Name.Get(language)),
        };
    }

    public static List<Guid> HolderIds(StrategySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Items.SelectMany(i => i.Targets(StrategyRelation.Holder)).Select(t => Guid.TryParse(t, out var g) ? g : Guid.Empty).Distinct().ToList();
    }
}
