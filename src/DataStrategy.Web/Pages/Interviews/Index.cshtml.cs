using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Interviews;

/// <summary>
/// Live interview capture: one theme per screen, the level descriptors in view. Every save goes to
/// the server: without JavaScript per screen, with it per field as soon as it changes.
/// </summary>
[RequirePermission(Permission.RunInterviews)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty]
    public List<AnswerInput> A { get; set; } = [];

    public CampaignResponse Interview { get; private set; } = null!;

    public Campaign Campaign { get; private set; } = null!;

    public FrameworkDefinition Definition { get; private set; } = null!;

    public FrameworkTheme Current { get; private set; } = null!;

    public string RespondentName { get; private set; } = string.Empty;

    public Dictionary<string, Answer> Answers { get; private set; } = [];

    public List<EvidenceNote> Notes { get; private set; } = [];

    public Dictionary<string, int> AnsweredPerTheme { get; private set; } = [];

    public bool ReadOnly => !Campaign.AcceptsAnswers;

    public FrameworkTheme? Previous => Index > 0 ? Definition.Themes[Index - 1] : null;

    public FrameworkTheme? Next => Index < Definition.Themes.Count - 1 ? Definition.Themes[Index + 1] : null;

    private int Index => Definition.Themes.IndexOf(Current);

    private async Task<bool> LoadAsync(bool tracked = false)
    {
        var query = tracked ? Db.Responses.AsQueryable() : Db.Responses.AsNoTracking();
        var response = await query.Include(r => r.Stakeholder).SingleOrDefaultAsync(r => r.Id == Id && r.Kind == ResponseKind.Interview);
        if (response is null)
        {
            return false;
        }

        Interview = response;
        Campaign = await Db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == response.CampaignId);
        Definition = (await FrameworkLibrary.DefinitionAsync(Db, Campaign.FrameworkId))!;
        Current = Definition.Theme(Theme ?? response.LastThemeId ?? string.Empty) ?? Definition.Themes[0];
        Theme = Current.Id;
        RespondentName = response.Stakeholder is { ErasedAt: null } s ? s.Name : L["Anonymised respondent"];
        return true;
    }

    private async Task LoadAnswersAsync()
    {
        Answers = await Db.Answers.AsNoTracking().Where(a => a.ResponseId == Id).ToDictionaryAsync(a => a.QuestionId);
        Notes = await Db.EvidenceNotes.AsNoTracking().Where(n => n.ResponseId == Id).OrderBy(n => n.CreatedAt).ToListAsync();
        foreach (var theme in Definition.Themes)
        {
            AnsweredPerTheme[theme.Id] = Definition.QuestionsOf(theme).Count(q => Answers.ContainsKey(q.Id));
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await LoadAnswersAsync();
        return Page();
    }

    /// <summary>Saves the screen's answers, then moves to the theme the user chose.</summary>
    public async Task<IActionResult> OnPostAsync(string? go)
    {
        if (!await LoadAsync(tracked: true))
        {
            return NotFound();
        }

        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
            await LoadAnswersAsync();
            return Page();
        }

        var checkedAnswers = new List<(AnswerInput Input, Core.Assessment.AnswerState State, int? Level, int? Target)>();
        for (var i = 0; i < A.Count; i++)
        {
            var problem = AnswerForm.Check(Definition, A[i], out var state, out var level, out var target);
            if (problem != AnswerForm.Problem.None)
            {
                ModelState.AddModelError($"A[{i}]", Describe(problem, A[i].QuestionId));
                continue;
            }

            checkedAnswers.Add((A[i], state, level, target));
        }

        if (!ModelState.IsValid)
        {
            await LoadAnswersAsync();
            return Page();
        }

        foreach (var (input, state, level, target) in checkedAnswers)
        {
            await AnswerForm.ApplyAsync(Db, Interview, input, state, level, target, HttpContext.UtcNow());
        }

        var next = go switch
        {
            "next" => Next ?? Current,
            "previous" => Previous ?? Current,
            _ => Definition.Theme(go ?? string.Empty) ?? Current,
        };
        await AnswerForm.SaveResponseAsync(Db, Interview, interview =>
        {
            interview.LastThemeId = next.Id;
            if (go == "finish")
            {
                interview.Status = ResponseStatus.Completed;
                interview.CompletedAt = HttpContext.UtcNow();
            }
            else if (interview.Status == ResponseStatus.Planned)
            {
                interview.Status = ResponseStatus.InProgress;
            }

            interview.UpdatedAt = HttpContext.UtcNow();
        });
        if (go == "finish")
        {
            Flash(L["The interview is complete."]);
            return Redirect(OrgUrl("/campaigns/" + Campaign.Id + "#interviews"));
        }

        Flash(L["Saved."]);
        return Redirect(OrgUrl($"/interviews/{Id}?theme={Uri.EscapeDataString(next.Id)}#main"));
    }

    /// <summary>
    /// Autosave of one field (JavaScript): writes that one answer and never the response row's concurrency token, so
    /// that any number of fields can be saved at once. Answers JSON, errors included (<see cref="AutosaveJsonMiddleware"/>);
    /// nothing is written if invalid.
    /// </summary>
    [SingleSave]
    public async Task<IActionResult> OnPostFieldAsync([FromForm] AnswerInput input)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (ReadOnly)
        {
            return StatusCode(409, new { error = L["This campaign is closed: its answers are frozen."].Value });
        }

        var problem = await AnswerForm.SaveFieldAsync(Db, Interview, Definition, input, HttpContext.UtcNow());
        return problem == AnswerForm.Problem.None
            ? new JsonResult(new { saved = HttpContext.UtcNow() })
            : BadRequest(new { error = Describe(problem, input.QuestionId) });
    }

    [BindProperty]
    public NoteKind NoteKind { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    /// <summary>The language the note was written or the quote said in: one of the organisation's (a quote is often in the other one).</summary>
    [BindProperty]
    public string? NoteLanguage { get; set; }

    /// <summary>The languages a note can be recorded in: the organisation's.</summary>
    public IReadOnlyList<string> NoteLanguages => InputLanguages();

    /// <summary>The language chosen before a note is written: the interviewer's interface language, else the organisation's default.</summary>
    public string DefaultNoteLanguage => NoteLanguages.Contains(Lang) ? Lang : NoteLanguages.Contains(Organisation.DefaultLanguage) ? Organisation.DefaultLanguage : NoteLanguages[0];

    /// <summary>"q:ID", "t:ID" or empty: what the note or quote is about.</summary>
    [BindProperty]
    public string? NoteTag { get; set; }

    public async Task<IActionResult> OnPostNoteAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (ReadOnly)
        {
            ModelState.AddModelError(string.Empty, L["This campaign is closed: its answers are frozen."]);
        }

        if (string.IsNullOrWhiteSpace(NoteText))
        {
            ModelState.AddModelError(nameof(NoteText), L["Write the note or quote."]);
        }
        else if (NoteText.Length > AnswerForm.MaxEvidence)
        {
            ModelState.AddModelError(nameof(NoteText), L["The text is longer than {0} characters.", AnswerForm.MaxEvidence]);
        }

        if (!Enum.IsDefined(NoteKind))
        {
            ModelState.AddModelError(nameof(NoteKind), L["Choose note or quote."]);
        }

        NoteLanguage = string.IsNullOrWhiteSpace(NoteLanguage) ? DefaultNoteLanguage : NoteLanguage.Trim();
        if (!NoteLanguages.Contains(NoteLanguage))
        {
            ModelState.AddModelError(nameof(NoteLanguage), L["Choose the note's language from the list."]);
        }

        string? questionId = null, themeId = null;
        if (!string.IsNullOrEmpty(NoteTag))
        {
            if (NoteTag.StartsWith("q:", StringComparison.Ordinal) && Definition.Question(NoteTag[2..]) is { } q)
            {
                questionId = q.Id;
                themeId = q.ThemeId;
            }
            else if (NoteTag.StartsWith("t:", StringComparison.Ordinal) && Definition.Theme(NoteTag[2..]) is { } t)
            {
                themeId = t.Id;
            }
            else
            {
                ModelState.AddModelError(nameof(NoteTag), L["Choose what the note is about from the list."]);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAnswersAsync();
            return Page();
        }

        Db.EvidenceNotes.Add(new EvidenceNote
        {
            CampaignId = Campaign.Id,
            ResponseId = Id,
            Kind = NoteKind,
            Text = NoteText!.Trim(),
            Language = NoteLanguage,
            QuestionId = questionId,
            ThemeId = themeId,
        });
        await Db.SaveChangesAsync();
        Flash(NoteKind == NoteKind.Quote ? L["The quote was added."] : L["The note was added."]);
        return Redirect(OrgUrl($"/interviews/{Id}?theme={Uri.EscapeDataString(Current.Id)}#notes"));
    }

    public async Task<IActionResult> OnPostDeleteNoteAsync(Guid noteId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var note = await Db.EvidenceNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.ResponseId == Id);
        if (note is null)
        {
            return NotFound();
        }

        if (!ReadOnly)
        {
            Db.EvidenceNotes.Remove(note);
            await Db.SaveChangesAsync();
            Flash(L["The note was deleted."]);
        }

        return Redirect(OrgUrl($"/interviews/{Id}?theme={Uri.EscapeDataString(Current.Id)}#notes"));
    }

    private string Describe(AnswerForm.Problem problem, string? questionId) => problem switch
    {
        AnswerForm.Problem.UnknownQuestion => L["\"{0}\" is not a question of this framework.", questionId ?? string.Empty],
        AnswerForm.Problem.InvalidLevel => L["{0}: choose a level from the list.", questionId ?? string.Empty],
        AnswerForm.Problem.InvalidTarget => L["{0}: choose a target level from the list.", questionId ?? string.Empty],
        AnswerForm.Problem.EvidenceTooLong => L["{0}: the evidence is longer than {1} characters.", questionId ?? string.Empty, AnswerForm.MaxEvidence],
        _ => problem.ToString(),
    };

    public string T(Core.Text.LocalizedText text) => text.Get(Lang);
}
