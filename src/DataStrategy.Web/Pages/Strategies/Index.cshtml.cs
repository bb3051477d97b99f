using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The strategy's working draft: every item by kind, where it stands, what needs attention.</summary>
[RequirePermission(Permission.ViewStrategy)]
[CachedPage]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public Data.Entities.Strategy Strategy { get; private set; } = null!;

    public StrategySnapshot Draft { get; private set; } = null!;

    public List<StrategyVersion> Versions { get; private set; } = [];

    public StrategyVersion? Published => Versions.Find(v => v.Status == StrategyVersionStatus.Published);

    public StrategyVersion? Pending => Versions.Find(v => v.Status is StrategyVersionStatus.InReview or StrategyVersionStatus.Approved or StrategyVersionStatus.ChangesRequested);

    public int RaciProblems { get; private set; }

    public int UnansweredPriorities { get; private set; }

    public int UndeliveredObjectives { get; private set; }

    public Dictionary<string, int> Missing { get; private set; } = [];

    public Dictionary<Guid, int> OpenComments { get; private set; } = [];

    public List<(StrategyComment Comment, StrategyItemData? Item)> Mentions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation);
        Draft = await StrategyWorkspace.SnapshotAsync(Db, Strategy);
        Versions = await Db.StrategyVersions.AsNoTracking().OrderByDescending(v => v.Number).Take(20).ToListAsync();
        RaciProblems = RaciValidation.Validate(Draft).Count;
        var campaign = await StrategyWorkspace.PriorityCampaignAsync(Db);
        var priorities = await StrategyWorkspace.PrioritiesAsync(Db, campaign);
        var trace = Traceability.Build(Draft, priorities.Select(p => p.Target));
        UnansweredPriorities = trace.UnansweredPriorities.Count;
        UndeliveredObjectives = trace.UndeliveredObjectives.Count;
        Missing = StrategyWorkspace.MissingTranslations(Draft, Organisation.Languages.Count > 0 ? Organisation.Languages : ["fr", "nl"])
            .ToDictionary(m => m.Key, m => m.Value.Count);
        OpenComments = await Db.StrategyComments.Where(c => c.ParentId == null && c.ResolvedAt == null)
            .GroupBy(c => c.ItemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "-";
        // Mentions are stored as one delimited column: the newest open comments are read and filtered here.
        var mentioning = await Db.StrategyComments.AsNoTracking().Where(c => c.ResolvedAt == null)
            .OrderByDescending(c => c.CreatedAt).Take(500).ToListAsync();
        // A reply belongs to its thread: once the thread is resolved, its mentions are done with too.
        var resolvedThreads = (await Db.StrategyComments.Where(c => c.ParentId == null && c.ResolvedAt != null).Select(c => c.Id).ToListAsync()).ToHashSet();
        Mentions = mentioning.Where(c => c.Mentions.Contains(userId) && (c.ParentId is null || !resolvedThreads.Contains(c.ParentId.Value)))
            .Take(10).Select(c => (c, Draft.Item(c.ItemId))).ToList();
        return Page();
    }
}
