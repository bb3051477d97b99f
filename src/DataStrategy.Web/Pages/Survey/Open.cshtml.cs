using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Survey;

/// <summary>An open link for a group: each visitor starts their own response with its own resumable address.</summary>
[AllowAnonymous]
public sealed class OpenModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? DepartmentId { get; set; }

    public SurveyLink Link { get; private set; } = null!;

    public Campaign Campaign { get; private set; } = null!;

    public string OrganisationName { get; private set; } = string.Empty;

    public List<Department> Departments { get; private set; } = [];

    public bool Closed => !Link.IsActive || !Campaign.AcceptsAnswers;

    private async Task<bool> LoadAsync()
    {
        if (Token.Length is < 16 or > 64)
        {
            return false;
        }

        var link = await db.SurveyLinks.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Token == Token);
        if (link is null)
        {
            return false;
        }

        tenant.SetOrganisation(link.OrganisationId);
        Link = link;
        Campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == link.CampaignId);
        OrganisationName = (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == link.OrganisationId)).Name.Get(OrgPageModel.Lang);
        var scope = Campaign.DepartmentIds.Select(Guid.Parse).ToList();
        Departments = await db.Departments.AsNoTracking().Where(d => scope.Count == 0 || scope.Contains(d.Id)).OrderBy(d => d.Code).ToListAsync();
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Closed)
        {
            return Page();
        }

        Name = Link.Anonymous ? null : Name?.Trim();
        if (Name is { Length: > 200 })
        {
            ModelState.AddModelError(nameof(Name), l["{0} must be at most {1} characters long.", l["Your name"], 200]);
        }

        if (DepartmentId is not null && !Departments.Exists(d => d.Id == DepartmentId))
        {
            ModelState.AddModelError(nameof(DepartmentId), l["Choose a department from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var response = new CampaignResponse
        {
            OrganisationId = Link.OrganisationId,
            CampaignId = Campaign.Id,
            Kind = ResponseKind.Survey,
            Status = ResponseStatus.InProgress,
            Token = IndexModel.NewToken(),
            SurveyLinkId = Link.Id,
            IsAnonymous = Link.Anonymous,
            RespondentName = string.IsNullOrEmpty(Name) ? null : Name,
            DepartmentId = DepartmentId,
            // The start page was this one: the survey opens on its first theme.
            LastThemeId = (await Data.Assessment.FrameworkLibrary.DefinitionAsync(db, Campaign.FrameworkId))?.Themes[0].Id,
        };
        db.Responses.Add(response);
        db.SuppressAudit = true;
        await db.SaveChangesAsync();
        return Redirect("/survey/" + response.Token);
    }
}
