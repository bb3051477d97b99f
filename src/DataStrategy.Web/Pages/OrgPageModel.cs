using System.Globalization;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

    protected void Flash(string message) => TempData["Flash"] = message;
}
