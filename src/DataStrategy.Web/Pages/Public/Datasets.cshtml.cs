using System.Globalization;
using DataStrategy.Core.Catalogue;
using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DataStrategy.Web.Pages.Public;

/// <summary>The public datasets of an organisation: searched (accents and case ignored), filtered by theme and format, 50 a page.</summary>
[AllowAnonymous]
public sealed class DatasetsModel(AppDbContext db, TenantContext tenant, PublicCache cache) : PublicPageModel(db, tenant)
{
    public const int PageSize = 50;

    public const int MaxQuery = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public int PublicTotal { get; private set; }

    public List<CatalogueDataset> Results { get; private set; } = [];

    /// <summary>The themes and formats some public dataset has, to filter on.</summary>
    public List<VocabularyTerm> Themes { get; private set; } = [];

    public List<VocabularyTerm> Formats { get; private set; } = [];

    public int LastPage => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string org)
    {
        if (!await FindOrganisationAsync(org))
        {
            return NotFound();
        }

        var snapshot = await PublicCatalogue.SnapshotAsync(cache, Db, Organisation, Absolute("/p/" + Organisation.Slug), HttpContext.RequestAborted);
        var all = snapshot.All.Where(d => !d.Title.IsEmpty).ToList();
        PublicTotal = all.Count;
        Themes = [.. EuVocabularies.DataThemes.Where(t => all.Any(d => d.Themes.Contains(t.Code)))];
        Formats = [.. EuVocabularies.FileTypes.Where(f => all.Any(d => d.Distributions.Any(x => x.Format == f.Code)))];
        Theme = Themes.Any(t => t.Code == Theme) ? Theme : null;
        Format = Formats.Any(f => f.Code == Format) ? Format : null;
        Query = Query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, MaxQuery)] : null;

        IEnumerable<CatalogueDataset> found = all;
        if (Theme is not null)
        {
            found = found.Where(d => d.Themes.Contains(Theme));
        }

        if (Format is not null)
        {
            found = found.Where(d => d.Distributions.Any(x => x.Format == Format));
        }

        if (Query is not null)
        {
            var words = DatasetRules.Fold(Query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            found = found.Where(d =>
            {
                var text = DatasetRules.SearchText([.. d.Title.Values.Values, .. d.Keywords.Values.Values, .. d.Description.Values.Values]);
                return words.All(w => text.Contains(w, StringComparison.Ordinal));
            });
        }

        var list = found.ToList();
        Total = list.Count;
        if (int.TryParse(Request.Query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            PageNumber = Math.Min(page, LastPage);
        }

        Results = [.. list.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        Response.Headers.Vary = "Accept-Language, Cookie";
        return Page();
    }

    /// <summary>This list's address with the filters, at <paramref name="page"/>.</summary>
    public string PageUrl(int page)
    {
        var url = PublicUrl("/datasets");
        if (Query is not null)
        {
            url += "&q=" + Uri.EscapeDataString(Query);
        }

        if (Theme is not null)
        {
            url += "&theme=" + Uri.EscapeDataString(Theme);
        }

        if (Format is not null)
        {
            url += "&format=" + Uri.EscapeDataString(Format);
        }

        return url + "&page=" + page.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The first sentence-ish of a description: at most 240 characters, cut at a word.</summary>
    public static string Excerpt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= 240)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 239);
        return text[..(cut > 120 ? cut : 240)] + "…";
    }
}
