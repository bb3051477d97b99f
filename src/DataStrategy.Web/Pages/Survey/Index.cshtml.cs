using System.Security.Cryptography;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Survey;

/// <summary>
/// A self-assessment survey answered through a personal link: no account, one response per
/// token, one theme per page, saved on every page (and per field with JavaScript), resumable
/// from the same link until the campaign closes.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty]
    public List<AnswerInput> A { get; set; } = [];

    public CampaignResponse Survey { get; private set; } = null!;

    public Campaign Campaign { get; private set; } = null!;

    public string OrganisationName { get; private set; } = string.Empty;

    public FrameworkDefinition Definition { get; private set; } = null!;

    public FrameworkTheme? Current { get; private set; }

    public Dictionary<string, Answer> Answers { get; private set; } = [];

    public bool Closed => !Campaign.AcceptsAnswers;

    public static string Lang => OrgPageModel.Lang;

    public int Step => Current is null ? 0 : Definition.Themes.IndexOf(Current) + 1;

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    /// <param name="forPage">False for the autosave, which needs neither the answers nor the organisation's name.</param>
    private async Task<bool> LoadAsync(bool tracked = false, bool forPage = true)
    {
        if (Token.Length is < 16 or > 64)
        {
            return false;
        }

        var query = db.Responses.IgnoreQueryFilters();
        if (!tracked)
        {
            query = query.AsNoTracking();
        }

        var response = await query.SingleOrDefaultAsync(r => r.Token == Token && r.Kind == ResponseKind.Survey && r.Status != ResponseStatus.Cancelled);
        if (response is null)
        {
            return false;
        }

        // From here on the request acts inside the survey's organisation, like a member would.
        tenant.SetOrganisation(response.OrganisationId);
        Survey = response;
        Campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == response.CampaignId);
        Definition = (await FrameworkLibrary.DefinitionAsync(db, Campaign.FrameworkId))!;
        if (forPage)
        {
            var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == response.OrganisationId);
            OrganisationName = organisation.Name.Get(Lang);
            Current = Theme == "start" ? null : Definition.Theme(Theme ?? response.LastThemeId ?? string.Empty);
            Answers = await db.Answers.AsNoTracking().Where(a => a.ResponseId == response.Id).ToDictionaryAsync(a => a.QuestionId);
        }

        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? go)
    {
        if (!await LoadAsync(tracked: true))
        {
            return NotFound();
        }

        if (Closed)
        {
            return Page();
        }

        var valid = new List<(AnswerInput, Core.Assessment.AnswerState, int?, int?)>();
        foreach (var input in A)
        {
            input.Target = null;
            var problem = AnswerForm.Check(Definition, input, out var state, out var level, out var target);
            if (problem != AnswerForm.Problem.None)
            {
                ModelState.AddModelError(string.Empty, problem == AnswerForm.Problem.EvidenceTooLong
                    ? l["{0}: the comment is longer than {1} characters.", input.QuestionId, AnswerForm.MaxEvidence]
                    : l["{0}: choose a level from the list.", input.QuestionId]);
                continue;
            }

            valid.Add((input, state, level, target));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var (input, state, level, target) in valid)
        {
            await AnswerForm.ApplyAsync(db, Survey, input, state, level, target, HttpContext.UtcNow());
        }

        var index = Current is null ? -1 : Definition.Themes.IndexOf(Current);
        var next = go switch
        {
            "previous" => index > 0 ? Definition.Themes[index - 1].Id : "start",
            "finish" => Current?.Id,
            _ => index + 1 < Definition.Themes.Count ? Definition.Themes[index + 1].Id : Current?.Id,
        };
        await AnswerForm.SaveResponseAsync(db, Survey, survey =>
        {
            survey.LastThemeId = next == "start" ? null : next;
            if (survey.Status == ResponseStatus.Planned)
            {
                survey.Status = ResponseStatus.InProgress;
            }

            if (go == "finish")
            {
                survey.Status = ResponseStatus.Completed;
                survey.CompletedAt = HttpContext.UtcNow();
            }

            survey.UpdatedAt = HttpContext.UtcNow();
        });
        return Redirect($"/survey/{Token}" + (go == "finish" ? "?theme=done" : next is null ? string.Empty : "?theme=" + Uri.EscapeDataString(next)));
    }

    /// <summary>Autosave of one field: one answer, never the response row; JSON whatever happens (<see cref="AutosaveJsonMiddleware"/>).</summary>
    [SingleSave]
    public async Task<IActionResult> OnPostFieldAsync([FromForm] AnswerInput input)
    {
        if (!await LoadAsync(forPage: false))
        {
            return NotFound();
        }

        if (Closed)
        {
            return StatusCode(409, new { error = l["This survey is closed."].Value });
        }

        input.Target = null;
        return await AnswerForm.SaveFieldAsync(db, Survey, Definition, input, HttpContext.UtcNow()) switch
        {
            AnswerForm.Problem.None => new JsonResult(new { saved = HttpContext.UtcNow() }),
            AnswerForm.Problem.EvidenceTooLong => BadRequest(new { error = l["{0}: the comment is longer than {1} characters.", input.QuestionId, AnswerForm.MaxEvidence].Value }),
            _ => BadRequest(new { error = l["{0}: choose a level from the list.", input.QuestionId].Value }),
        };
    }
}
