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

/// <summary>Writes or edits a finding: kind, themes, text in each language, evidence.</summary>
[RequirePermission(Permission.ManageFindings)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxText = 4000;

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Campaign { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Suggestion { get; set; }

    [BindProperty]
    public FindingKind Kind { get; set; }

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    /// <summary>The finding's text by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Text { get; set; } = [];

    [BindProperty]
    public List<Guid> Notes { get; set; } = [];

    [BindProperty]
    public List<long> Answers { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public Campaign CampaignRow { get; private set; } = null!;

    public Core.Frameworks.FrameworkDefinition Definition { get; private set; } = null!;

    public List<EvidenceNote> AvailableNotes { get; private set; } = [];

    public List<Answer> AvailableAnswers { get; private set; } = [];

    public bool IsNew => Id is null;

    public string T(LocalizedText text) => text.Get(Lang);

    private async Task<Finding?> LoadAsync(bool tracked)
    {
        Finding? finding = null;
        if (Id is not null)
        {
            finding = await (tracked ? Db.Findings : Db.Findings.AsNoTracking()).SingleOrDefaultAsync(f => f.Id == Id && f.Status == FindingStatus.Accepted);
            if (finding is null)
            {
                return null;
            }

            Campaign = finding.CampaignId;
        }

        var campaign = Campaign is null ? null : await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Campaign);
        if (campaign is null)
        {
            return null;
        }

        CampaignRow = campaign;
        Definition = (await Data.Assessment.FrameworkLibrary.DefinitionAsync(Db, campaign.FrameworkId))!;
        AvailableNotes = await Db.EvidenceNotes.AsNoTracking().Where(n => n.CampaignId == campaign.Id).OrderBy(n => n.ThemeId).ThenBy(n => n.CreatedAt).Take(500).ToListAsync();
        AvailableAnswers = await Db.Answers.AsNoTracking().Where(a => a.CampaignId == campaign.Id && a.Evidence != null && a.Evidence != "").OrderBy(a => a.QuestionId).Take(500).ToListAsync();
        return finding ?? new Finding { CampaignId = campaign.Id };
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var finding = await LoadAsync(false);
        if (finding is null)
        {
            return NotFound();
        }

        if (IsNew && Suggestion is not null)
        {
            var analysis = (await CampaignAnalyses.RunAsync(Db, CampaignRow.Id))!;
            if (analysis.Suggestions().FirstOrDefault(s => s.Key == Suggestion) is { } suggested)
            {
                var text = SuggestionText.For(suggested, analysis, L);
                (Kind, Themes, Text) = (suggested.Kind, [suggested.ThemeId], LocalizedFields.From(text));
            }
            else
            {
                Suggestion = null;
            }

            return Page();
        }

        if (!IsNew)
        {
            (Kind, Themes, Text, Version) = (finding.Kind, finding.ThemeIds, LocalizedFields.From(finding.Text), finding.Version);
            var evidence = await Db.FindingEvidence.AsNoTracking().Where(e => e.FindingId == finding.Id).ToListAsync();
            Notes = evidence.Where(e => e.NoteId != null).Select(e => e.NoteId!.Value).ToList();
            Answers = evidence.Where(e => e.AnswerId != null).Select(e => e.AnswerId!.Value).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var finding = await LoadAsync(true);
        if (finding is null)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), L["Choose the kind of finding."]);
        }

        Themes = Themes.Distinct().ToList();
        if (Themes.Count == 0)
        {
            ModelState.AddModelError(nameof(Themes), L["Choose at least one theme."]);
        }
        else if (Themes.Any(t => Definition.Theme(t) is null))
        {
            ModelState.AddModelError(nameof(Themes), L["Choose themes from the campaign's framework."]);
        }

        var text = LocalizedFields.Read(ModelState, nameof(Text), Text, MaxText, L["The text must be at most {0} characters long.", MaxText]);
        LocalizedFields.RequireAny(ModelState, nameof(Text), text, InputLanguages(Text), L["Write the finding in at least one language."]);

        // Evidence must be this campaign's: anything else posted is refused, not ignored.
        var noteIds = AvailableNotes.Select(n => n.Id).ToHashSet();
        var answerIds = AvailableAnswers.Select(a => a.Id).ToHashSet();
        Notes = Notes.Distinct().ToList();
        Answers = Answers.Distinct().ToList();
        if (Notes.Any(n => !noteIds.Contains(n)) || Answers.Any(a => !answerIds.Contains(a)))
        {
            ModelState.AddModelError(nameof(Notes), L["Choose evidence from this campaign."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (IsNew)
        {
            finding.Status = FindingStatus.Accepted;
            finding.Position = (await Db.Findings.Where(f => f.CampaignId == CampaignRow.Id).Select(f => (int?)f.Position).MaxAsync() ?? 0) + 1;
            if (Suggestion is not null && !await Db.Findings.AnyAsync(f => f.CampaignId == CampaignRow.Id && f.SuggestionKey == Suggestion))
            {
                finding.SuggestionKey = Suggestion.Length <= 140 ? Suggestion : null;
            }

            Db.Findings.Add(finding);
        }
        else
        {
            Db.Entry(finding).Property(f => f.Version).OriginalValue = Version;
            var old = await Db.FindingEvidence.Where(e => e.FindingId == finding.Id).ToListAsync();
            Db.FindingEvidence.RemoveRange(old);
        }

        finding.Kind = Kind;
        finding.ThemeIds = Themes;
        finding.Text = text;
        if (!IsNew)
        {
            // The row is written even when only its evidence changed, so a stale edit is always caught.
            Db.Entry(finding).State = Microsoft.EntityFrameworkCore.EntityState.Modified;
        }

        Db.FindingEvidence.AddRange(Notes.Select(n => new FindingEvidence { FindingId = finding.Id, NoteId = n }));
        Db.FindingEvidence.AddRange(Answers.Select(a => new FindingEvidence { FindingId = finding.Id, AnswerId = a }));
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The finding was saved."]);
        return Redirect(OrgUrl($"/campaigns/{CampaignRow.Id}/findings"));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var finding = await LoadAsync(true);
        if (finding is null || IsNew)
        {
            return NotFound();
        }

        ModelState.Clear();
        Db.Entry(finding).Property(f => f.Version).OriginalValue = Version;
        Db.Findings.Remove(finding);
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The finding was deleted."]);
        return Redirect(OrgUrl($"/campaigns/{CampaignRow.Id}/findings"));
    }
}
