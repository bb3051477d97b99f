using System.Globalization;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages;

/// <summary>Base for pages under /o/{org}: the organisation is already resolved and authorised.</summary>
public abstract class OrgPageModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected AppDbContext Db { get; } = db;

    protected TenantContext Tenant { get; } = tenant;

    protected IStringLocalizer<SharedResource> L { get; } = localizer;

    public Organisation Organisation => Tenant.Organisation ?? throw new InvalidOperationException("No organisation resolved.");

    public static string Lang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string OrgUrl(string rest = "") => "/o/" + Organisation.Slug + rest;

    /// <summary>The languages a multilingual field is offered in: the organisation's, and any the inputs already hold.</summary>
    public IReadOnlyList<string> InputLanguages(params IEnumerable<IReadOnlyDictionary<string, string?>?> inputs) =>
        Infrastructure.LocalizedFields.Languages(Organisation.Languages, inputs);

    /// <summary>Whether the signed-in member's role holds the permission (to show or hide links and forms).</summary>
    public bool Can(Infrastructure.Permission permission) => Tenant.Role is { } role && Infrastructure.PermissionTable.Allows(role, Tenant.DataProtectionOfficer, permission);

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>
    /// Saves; when someone else saved the same row first (concurrency token), adds the
    /// "someone else changed this" error and returns false: nothing is overwritten.
    /// </summary>
    protected async Task<bool> TrySaveAsync()
    {
        try
        {
            await Db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, L["Someone else changed this record while you were editing it. Reload the page to see their changes."]);
            return false;
        }
    }
}
