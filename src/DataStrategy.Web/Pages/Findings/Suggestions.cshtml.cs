using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>Findings the analysis suggests; the facilitator accepts, edits or discards each one.</summary>
[RequirePermission(Permission.ManageFindings)]
public sealed class SuggestionsModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public CampaignAnalysis Analysis { get; private set; } = null!;

    public List<(SuggestedFinding Suggestion, LocalizedText Text)> Pending { get; private set; } = [];

    public List<Finding> Discarded { get; private set; } = [];

    private async Task<bool> LoadAsync()
    {
        var analysis = await CampaignAnalyses.RunAsync(Db, Id, null, HttpContext.RequestAborted);
        if (analysis is null)
        {
            return false;
        }

        Analysis = analysis;
        var handled = await Db.Findings.AsNoTracking().Where(f => f.CampaignId == Id && f.SuggestionKey != null).ToListAsync();
        var keys = handled.Select(f => f.SuggestionKey!).ToHashSet();
        Discarded = handled.Where(f => f.Status == FindingStatus.Discarded).ToList();
        Pending = analysis.Suggestions().Where(s => !keys.Contains(s.Key)).Select(s => (s, SuggestionText.For(s, analysis, L))).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync() => await DecideAsync(FindingStatus.Accepted);

    public async Task<IActionResult> OnPostDiscardAsync() => await DecideAsync(FindingStatus.Discarded);

    /// <summary>Brings a discarded suggestion back.</summary>
    public async Task<IActionResult> OnPostRestoreAsync()
    {
        var finding = await Db.Findings.SingleOrDefaultAsync(f => f.CampaignId == Id && f.SuggestionKey == Key && f.Status == FindingStatus.Discarded);
        if (finding is null)
        {
            return NotFound();
        }

        Db.Findings.Remove(finding);
        await Db.SaveChangesAsync();
        return Redirect(OrgUrl($"/campaigns/{Id}/findings/suggestions"));
    }

    private async Task<IActionResult> DecideAsync(FindingStatus status)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var pending = Pending.FirstOrDefault(p => p.Suggestion.Key == Key);
        if (pending.Suggestion is null)
        {
            // Already decided (e.g. by another facilitator), or no longer suggested: nothing to do.
            Flash(L["This suggestion was already handled."]);
            return Redirect(OrgUrl($"/campaigns/{Id}/findings/suggestions"));
        }

        var position = await Db.Findings.Where(f => f.CampaignId == Id).Select(f => (int?)f.Position).MaxAsync() ?? 0;
        Db.Findings.Add(new Finding
        {
            CampaignId = Id,
            Kind = pending.Suggestion.Kind,
            Status = status,
            ThemeIds = [pending.Suggestion.ThemeId],
            Text = pending.Text,
            SuggestionKey = pending.Suggestion.Key,
            Position = position + 1,
        });
        await Db.SaveChangesAsync();
        Flash(status == FindingStatus.Accepted ? L["The finding was added."] : L["The suggestion was discarded."]);
        return Redirect(OrgUrl($"/campaigns/{Id}/findings/suggestions"));
    }
}
