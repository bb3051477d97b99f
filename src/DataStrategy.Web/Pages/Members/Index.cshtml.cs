using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Members;

[RequirePermission(Permission.ManageMembers)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public List<Membership> Members { get; private set; } = [];

    public List<Invitation> Invitations { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRoleAsync(Guid id, MemberRole role, Guid version)
    {
        await LockAdministratorsAsync();
        var member = await Db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == id);
        if (member is null)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(role))
        {
            ModelState.AddModelError(string.Empty, L["Choose a role from the list."]);
        }
        else if (member.Role == MemberRole.Administrator && role != MemberRole.Administrator && await IsLastAdministratorAsync())
        {
            ModelState.AddModelError(string.Empty, L["The organisation needs at least one administrator."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        Db.Entry(member).Property(m => m.Version).OriginalValue = version;
        if (role < member.Role)
        {
            // A role taken away ends the member's sessions everywhere (they sign in again with what they have now).
            member.User!.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        member.Role = role;
        if (!await TrySaveAsync())
        {
            await LoadAsync();
            return Page();
        }

        Flash(L["New role for {0}: {1}.", member.User!.DisplayName, L["Role." + role]]);
        return Redirect(OrgUrl("/members"));
    }

    /// <summary>
    /// Designates a member data protection officer, or withdraws the designation: it alone grants the records of
    /// processing (<see cref="Permission.ManageProcessingRecords"/>), whatever the member's role. A page read before
    /// someone else changed the member is refused (its version), so a stale form never undoes a newer decision.
    /// </summary>
    public async Task<IActionResult> OnPostDpoAsync(Guid id, bool designate, Guid version)
    {
        var member = await Db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == id);
        if (member is null)
        {
            return NotFound();
        }

        Db.Entry(member).Property(m => m.Version).OriginalValue = version;
        member.DataProtectionOfficer = designate;
        if (!await TrySaveAsync())
        {
            await LoadAsync();
            return Page();
        }

        Flash(designate
            ? L["{0} is now a data protection officer.", member.User!.DisplayName]
            : L["{0} is no longer a data protection officer.", member.User!.DisplayName]);
        return Redirect(OrgUrl("/members"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        await LockAdministratorsAsync();
        var member = await Db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == id);
        if (member is null)
        {
            return NotFound();
        }

        if (member.Role == MemberRole.Administrator && await IsLastAdministratorAsync())
        {
            ModelState.AddModelError(string.Empty, L["The organisation needs at least one administrator."]);
            await LoadAsync();
            return Page();
        }

        Db.Memberships.Remove(member);
        member.User!.SecurityStamp = Guid.NewGuid().ToString("N");
        // Their tokens die with the membership, and stay dead if they are invited again.
        var now = HttpContext.UtcNow();
        foreach (var token in await Db.ApiTokens.Where(t => t.UserId == member.UserId && t.RevokedAt == null).ToListAsync())
        {
            token.RevokedAt = now;
        }

        await Db.SaveChangesAsync();
        Flash(L["{0} is no longer a member.", member.User!.DisplayName]);
        return Redirect(OrgUrl("/members"));
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var invitation = await Db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.AcceptedAt == null && i.RevokedAt == null);
        if (invitation is null)
        {
            return NotFound();
        }

        invitation.RevokedAt = HttpContext.UtcNow();
        await Db.SaveChangesAsync();
        Flash(L["The invitation sent to {0} was revoked.", invitation.Email]);
        return Redirect(OrgUrl("/members"));
    }

    /// <summary>
    /// Two administrators demoting or removing each other at the same moment would each count the other and leave
    /// none. Before it reads anything, a change of role or a removal writes the organisation's row (inside the
    /// request's transaction), so the database holds every other such change of this organisation until this one
    /// has committed, and the count of administrators read afterwards is the committed one.
    /// </summary>
    private Task<int> LockAdministratorsAsync()
    {
        var organisationId = Tenant.OrganisationId;
        var version = Guid.NewGuid();
        return Db.Organisations.IgnoreQueryFilters().Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Version, version), HttpContext.RequestAborted);
    }

    private Task<bool> IsLastAdministratorAsync() =>
        Db.Memberships.CountAsync(m => m.Role == MemberRole.Administrator).ContinueWith(t => t.Result <= 1, TaskScheduler.Default);

    private async Task LoadAsync()
    {
        Members = (await Db.Memberships.AsNoTracking().Include(m => m.User).ToListAsync())
            .OrderByDescending(m => m.Role).ThenBy(m => m.User!.DisplayName, StringComparer.CurrentCulture).ToList();
        var now = HttpContext.UtcNow();
        Invitations = (await Db.Invitations.AsNoTracking().Where(i => i.AcceptedAt == null && i.RevokedAt == null).ToListAsync())
            .Where(i => i.ExpiresAt > now).OrderBy(i => i.Email, StringComparer.Ordinal).ToList();
    }
}
