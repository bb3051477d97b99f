using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Pages.Public;

/// <summary>The published case studies of an organisation, for anyone.</summary>
[AllowAnonymous]
public sealed class CaseStudiesModel(AppDbContext db, TenantContext tenant) : PublicPageModel(db, tenant)
{
    public List<(CaseStudy Study, CaseStudyImage? Image)> Studies { get; private set; } = [];

    public Dictionary<Guid, string> DepartmentNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string org)
    {
        if (!await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        Studies = await PublishedCaseStudies.ListAsync(Db, null, HttpContext.RequestAborted);
        DepartmentNames = (await Db.Departments.AsNoTracking().ToListAsync(HttpContext.RequestAborted)).ToDictionary(d => d.Id, d => T(d.Name));
        return Page();
    }
}
