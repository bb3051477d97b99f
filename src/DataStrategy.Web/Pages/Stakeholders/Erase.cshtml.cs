using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Stakeholders;

/// <summary>GDPR erasure: the row stays (references keep working), every personal field goes.</summary>
[RequirePermission(Permission.EraseStakeholders)]
public sealed class EraseModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public string StakeholderName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var s = await Db.Stakeholders.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id && x.ErasedAt == null);
        if (s is null)
        {
            return NotFound();
        }

        StakeholderName = s.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var s = await Db.Stakeholders.SingleOrDefaultAsync(x => x.Id == Id && x.ErasedAt == null);
        if (s is null)
        {
            return NotFound();
        }

        Erase(s, HttpContext.UtcNow());
        // Their answers stay, anonymised: no link to the person, no name, no personal survey link;
        // free interview notes about them go, verbatim quotes stay (unattributed).
        var responses = await Db.Responses.Where(r => r.StakeholderId == s.Id).ToListAsync();
        foreach (var r in responses)
        {
            r.StakeholderId = null;
            r.RespondentName = null;
            r.IsAnonymous = true;
            r.Token = null;
        }

        var responseIds = responses.Select(r => r.Id).ToList();
        await Db.EvidenceNotes.Where(n => responseIds.Contains(n.ResponseId) && n.Kind == NoteKind.Note).ExecuteDeleteAsync();
        // Uploaded files waiting for confirmation may hold the same person's data.
        await Db.PendingImports.ExecuteDeleteAsync();
        Db.Audit(s.OrganisationId, AuditAction.Erased, nameof(Stakeholder), s.Id.ToString());
        await Db.SaveChangesAsync();
        Flash(L["The stakeholder's personal data was erased."]);
        return Redirect(OrgUrl("/stakeholders"));
    }

    public static void Erase(Stakeholder s, DateTimeOffset now)
    {
        s.Name = string.Empty;
        s.JobTitle = null;
        s.Email = null;
        s.Notes = null;
        s.Language = null;
        s.NotesLanguage = null;
        s.ErasedAt = now;
    }
}
