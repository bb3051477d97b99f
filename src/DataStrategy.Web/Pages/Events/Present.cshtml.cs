using DataStrategy.Core.Analysis;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Events;

/// <summary>
/// The presentation: a title slide, one slide per agenda item (results of the assessment, strategy
/// highlights, roadmap, case studies) and a closing slide with the feedback code. Links move between
/// slides, so it works without JavaScript; arrow keys do the same with it.
/// </summary>
[RequirePermission(Permission.RunShowAndTell)]
public sealed class PresentModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Slide { get; set; }

    public ShowAndTellEvent Event { get; private set; } = null!;

    public List<EventAgendaItem> Agenda { get; private set; } = [];

    /// <summary>The agenda item on screen, or null on the title and closing slides.</summary>
    public EventAgendaItem? Item { get; private set; }

    public int Count => Agenda.Count + 2;

    public CampaignAnalysis? Analysis { get; private set; }

    public StrategySnapshot? Strategy { get; private set; }

    public CaseStudy? Study { get; private set; }

    public CaseStudyImage? StudyImage { get; private set; }

    public Dictionary<InitiativeStatus, int> InitiativeCounts { get; private set; } = [];

    public List<(Kpi Kpi, KpiMeasurement? Latest, KpiStatus Status)> Kpis { get; private set; } = [];

    public Dictionary<Guid, LocalizedText> CaseStudyTitles { get; private set; } = [];

    public string FeedbackUrl => HttpContext.AbsoluteUrl("/f");

    public string T(LocalizedText? text) => text?.Get(Lang) ?? "";

    public string SlideUrl(int n) => OrgUrl($"/events/{Id:D}/present?slide={n}");

    public string ItemLabel(EventAgendaItem item) => item.Kind switch
    {
        AgendaItemKind.CaseStudy => item.CaseStudyId is { } c && CaseStudyTitles.TryGetValue(c, out var t) ? T(t) : L["(case study removed)"],
        AgendaItemKind.Other => T(item.Title),
        _ => L["AgendaItemKind." + item.Kind],
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var e = await Db.ShowAndTellEvents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id, ct);
        if (e is null)
        {
            return NotFound();
        }

        Event = e;
        Agenda = await Db.EventAgendaItems.AsNoTracking().Where(i => i.EventId == Id).OrderBy(i => i.Position).ToListAsync(ct);
        CaseStudyTitles = await Db.CaseStudies.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        Slide = Math.Clamp(Slide, 0, Count - 1);
        Item = Slide >= 1 && Slide <= Agenda.Count ? Agenda[Slide - 1] : null;
        switch (Item?.Kind)
        {
            case AgendaItemKind.Assessment:
                var campaign = await StrategyWorkspace.PriorityCampaignAsync(Db, ct);
                Analysis = campaign is null ? null : await CampaignAnalyses.RunAsync(Db, campaign.Id, null, ct);
                break;
            case AgendaItemKind.Strategy:
                var version = await StrategyWorkspace.PublishedAsync(Db, ct);
                Strategy = version is null ? null : StrategySnapshot.FromJson(version.Snapshot);
                break;
            case AgendaItemKind.Roadmap:
                InitiativeCounts = await Db.Initiatives.AsNoTracking().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
                var kpis = await Db.Kpis.AsNoTracking().OrderBy(k => k.Position).ToListAsync(ct);
                var latest = (await Db.KpiMeasurements.AsNoTracking().ToListAsync(ct)).GroupBy(m => m.KpiId).ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.MeasuredOn).First());
                Kpis = kpis.Select(k =>
                {
                    var m = latest.GetValueOrDefault(k.Id);
                    return (k, m, Tracking.Status(k.Baseline, k.BaselineOn, k.Target, k.TargetOn, m?.Value, m?.MeasuredOn));
                }).ToList();
                break;
            case AgendaItemKind.CaseStudy:
                Study = await Db.CaseStudies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Item.CaseStudyId, ct);
                StudyImage = Study is null ? null : await Db.CaseStudyImages.AsNoTracking().Where(i => i.CaseStudyId == Study.Id).OrderBy(i => i.Position).FirstOrDefaultAsync(ct);
                break;
        }

        return Page();
    }
}
