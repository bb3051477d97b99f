using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>A campaign's findings and ranked priorities, for every member.</summary>
[RequirePermission(Permission.ViewCampaigns)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public CampaignAnalysis Analysis { get; private set; } = null!;

    public List<Finding> Findings { get; private set; } = [];

    public Dictionary<Guid, List<EvidenceView>> Evidence { get; private set; } = [];

    public IReadOnlyList<PriorityRow> Priorities { get; private set; } = [];

    public int PendingSuggestions { get; private set; }

    public bool CanManage { get; private set; }

    public string T(LocalizedText text) => text.Get(Lang);

    public string ThemeName(string id) => Analysis.Definition.Theme(id) is { } t ? T(t.Name) : id;

    public string QuestionText(string id) => Analysis.Definition.Question(id) is { } q ? T(q.Text) : id;

    public async Task<IActionResult> OnGetAsync()
    {
        var analysis = await CampaignAnalyses.RunAsync(Db, Id, null, HttpContext.RequestAborted);
        if (analysis is null)
        {
            return NotFound();
        }

        Analysis = analysis;
        CanManage = PermissionTable.Allows(Tenant.Role!.Value, Permission.ManageFindings);
        var all = await Db.Findings.AsNoTracking().Where(f => f.CampaignId == Id).OrderBy(f => f.Kind).ThenBy(f => f.Position).ThenBy(f => f.CreatedAt).ToListAsync();
        Findings = all.Where(f => f.Status == FindingStatus.Accepted).ToList();
        var handled = all.Where(f => f.SuggestionKey != null).Select(f => f.SuggestionKey!).ToHashSet();
        PendingSuggestions = analysis.Suggestions().Count(s => !handled.Contains(s.Key));
        Evidence = await FindingEvidenceReader.ReadAsync(Db, Findings.Select(f => f.Id).ToList(), PermissionTable.Allows(Tenant.Role!.Value, Permission.ViewRespondents), L);
        Priorities = await Data.Analysis.Priorities.RankAsync(Db, analysis, HttpContext.RequestAborted);
        return Page();
    }
}
