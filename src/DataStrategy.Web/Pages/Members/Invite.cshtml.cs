using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Security.Cryptography;
using DataStrategy.Core.Imports;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Members;

[RequirePermission(Permission.ManageMembers)]
public sealed class InviteModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, IEmailSender email, ILogger<InviteModel> logger)
    : OrgPageModel(db, tenant, l)
{
    [BindProperty]
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [StringLength(254, ErrorMessage = "The e-mail address is too long.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public MemberRole Role { get; set; } = MemberRole.Contributor;

    public string? InvitationLink { get; private set; }

    public bool Sent { get; private set; }

    public string? InvitedEmail { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = Email?.Trim() ?? string.Empty;
        if (ModelState.IsValid && !StakeholderImport.IsValidEmail(Email))
        {
            ModelState.AddModelError(nameof(Email), L["Enter a valid e-mail address."]);
        }

        if (!Enum.IsDefined(Role))
        {
            ModelState.AddModelError(nameof(Role), L["Choose a role from the list."]);
        }

        var normalized = Email.ToUpperInvariant();
        if (ModelState.IsValid && await Db.Memberships.AnyAsync(m => m.User!.NormalizedEmail == normalized))
        {
            ModelState.AddModelError(nameof(Email), L["{0} is already a member.", Email]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A new invitation replaces any earlier one for the same address.
        var now = HttpContext.UtcNow();
        foreach (var old in await Db.Invitations.Where(i => i.Email.ToUpper() == normalized && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync())
        {
            old.RevokedAt = now;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        Db.Invitations.Add(new Invitation
        {
            Email = Email,
            Role = Role,
            TokenHash = InvitationToken.Hash(token),
            InvitedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
            ExpiresAt = now.AddDays(7),
        });
        await Db.SaveChangesAsync();
        InvitationLink = HttpContext.AbsoluteUrl($"/account/invitation/{token}");
        InvitedEmail = Email;
        if (email.IsConfigured)
        {
            try
            {
                var orgName = Organisation.Name.Get(Lang);
                await email.SendAsync(Email, L["Invitation to {0} on Data Strategy Studio", orgName],
                    L["You are invited to join {0} on Data Strategy Studio as {1}. Open this link within 7 days to accept: {2}", orgName, L["Role." + Role], InvitationLink],
                    HttpContext.RequestAborted);
                Sent = true;
            }
#pragma warning disable CA1031 // A mail failure must not lose the invitation: the link is shown instead.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "Sending the invitation e-mail failed; showing the link instead.");
            }
        }

        // A fresh form, so that a second click does not invite the same person twice.
        ModelState.Clear();
        Email = string.Empty;
        return Page();
    }
}
