using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>Sends each steward one e-mail listing their datasets due for review or stale (once per due date).</summary>
[RequirePermission(Permission.ManageInventory)]
public sealed class RemindersModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l, IEmailSender email, DatasetReminderMailer mailer) : OrgPageModel(db, tenant, l)
{
    public bool EmailConfigured => email.IsConfigured;

    public int DueDatasets { get; private set; }

    public int Stewards { get; private set; }

    public async Task OnGetAsync()
    {
        var due = mailer.Due(HttpContext.UtcNow());
        DueDatasets = await due.CountAsync();
        Stewards = await due.Select(d => d.StewardId).Distinct().CountAsync();
    }

    [SingleSave]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!email.IsConfigured)
        {
            ModelState.AddModelError(string.Empty, L["No mail server is configured: reminders cannot be sent by e-mail. Stewards find their datasets due for review in the register."]);
            await OnGetAsync();
            return Page();
        }

        var outcome = await mailer.SendAsync(Organisation, HttpContext.PublicBase(), HttpContext.UtcNow(), HttpContext.RequestAborted);
        var parts = new List<string> { L.Count(outcome.Sent, "{0} reminder was sent.", "{0} reminders were sent.") };
        if (outcome.WithoutAddress > 0)
        {
            parts.Add(L.Count(outcome.WithoutAddress, "{0} steward has no valid e-mail address.", "{0} stewards have no valid e-mail address."));
        }

        if (outcome.Failed > 0)
        {
            parts.Add(L.Count(outcome.Failed, "{0} e-mail could not be sent; try again later.", "{0} e-mails could not be sent; try again later."));
        }

        Flash(string.Join(" ", parts));
        return Redirect(OrgUrl("/datasets/reminders"));
    }
}
