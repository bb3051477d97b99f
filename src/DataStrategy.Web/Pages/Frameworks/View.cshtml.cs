using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Frameworks;

[RequirePermission(Permission.ViewFrameworks)]
public sealed class ViewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>"theme" (default) or "topic": the two readings of a framework with cross-cutting topics.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public Framework Row { get; private set; } = null!;

    public FrameworkDefinition Definition { get; private set; } = null!;

    public int CampaignCount { get; private set; }

    public IReadOnlyList<LanguageCompleteness> Completeness { get; private set; } = [];

    public bool ByTopic => By == "topic" && Definition.Topics.Count > 0;

    public IReadOnlyList<string> ReportLanguages => Organisation.Languages.Union([Core.Languages.English]).ToList();

    private async Task<bool> LoadAsync()
    {
        var row = await Db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == Id);
        if (row is null)
        {
            return false;
        }

        Row = row;
        Definition = FrameworkLibrary.Definition(row);
        CampaignCount = await Db.Campaigns.CountAsync(c => c.FrameworkId == Id);
        Completeness = TranslationSheet.Completeness(Definition, ReportLanguages);
        return true;
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetJsonAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return File(FrameworkJson.Write(Definition), "application/json", $"{Row.Key}-v{Row.VersionNumber}.json");
    }

    public async Task<IActionResult> OnGetSheetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return File(TranslationSheet.Export(Definition, ReportLanguages), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{Row.Key}-v{Row.VersionNumber}-translations.xlsx");
    }

    public string T(LocalizedText text) => text.Get(Lang);
}
