using DataStrategy.Core.Publishing;
using DataStrategy.Data;
using DataStrategy.Data.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DataStrategy.Web.Infrastructure;

namespace DataStrategy.Web.Pages.Public;

/// <summary>The open data page and files: what the public site shows, as CSV and JSON under CC BY 4.0.</summary>
[AllowAnonymous]
public sealed class OpenDataModel(AppDbContext db, TenantContext tenant, PublicCache cache) : PublicPageModel(db, tenant)
{
    public List<(string Name, int Rows)> Datasets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string org, string? file)
    {
        if (file is not null)
        {
            return await FileAsync(org, file);
        }

        if (!await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        foreach (var name in OpenDataComposer.Names)
        {
            if (await DatasetAsync(name) is { } dataset)
            {
                Datasets.Add((name, dataset.Rows.Count));
            }
        }

        return Page();
    }

    /// <summary>/p/{org}/open-data/{name}.csv or .json.</summary>
    private async Task<IActionResult> FileAsync(string org, string file)
    {
        var dot = file.LastIndexOf('.');
        var (name, format) = dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..]);
        if (format is not ("csv" or "json") || !await FindOrganisationAsync(org) || await DatasetAsync(name) is not { } dataset)
        {
            return NotFound();
        }

        Response.Headers.Link = "<" + OpenData.LicenceUrl + ">; rel=\"license\"";
        Response.Headers.CacheControl = "public, max-age=300";
        // The publisher's name follows the reader's language (cookie or Accept-Language): caches must keep them apart.
        Response.Headers.Vary = "Accept-Language, Cookie";
        var fileName = Organisation.Slug + "-" + name + "." + format;
        return format == "csv"
            ? File(OpenData.Csv(dataset), "text/csv; charset=utf-8", fileName)
            : File(OpenData.Json(dataset, new OpenDataSource(Organisation.Name.Get(Lang), Absolute("/p/" + Organisation.Slug + "/open-data"), HttpContext.UtcNow())), "application/json; charset=utf-8", fileName);
    }

    private Task<OpenDataset?> DatasetAsync(string name) =>
        CachedDatasetAsync(cache, Db, Organisation, name, Absolute("/p/" + Organisation.Slug), HttpContext.RequestAborted);

    /// <summary>
    /// The dataset, or null (also for the API). Only known names get this far; only the maturity scores (an analysis
    /// run, and no addresses in them) are kept, for a minute per organisation, so a withdrawal shows at once elsewhere.
    /// </summary>
    public static async Task<OpenDataset?> CachedDatasetAsync(PublicCache cache, AppDbContext db, Data.Entities.Organisation organisation, string name, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (!OpenDataComposer.Names.Contains(name))
        {
            return null;
        }

        if (name != "maturity")
        {
            return await OpenDataComposer.ComposeAsync(db, organisation, name, baseUrl, cancellationToken);
        }

        ArgumentNullException.ThrowIfNull(cache);
        var key = ("open-data", organisation.Id, organisation.PublishesMaturity, name, baseUrl);
        if (cache.TryGet(key, out OpenDataset? cached))
        {
            return cached;
        }

        var dataset = await OpenDataComposer.ComposeAsync(db, organisation, name, baseUrl, cancellationToken);
        cache.Set(key, dataset, absolute: TimeSpan.FromMinutes(1));
        return dataset;
    }
}
