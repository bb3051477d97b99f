using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>Sets each theme's importance by hand (or leaves it to workshop votes) and writes the reasoning.</summary>
[RequirePermission(Permission.ManageFindings)]
public sealed class PrioritiesModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxReasoning = 2000;

    public sealed class Row
    {
        public string ThemeId { get; set; } = string.Empty;

        /// <summary>Empty: from votes.</summary>
        public int? Importance { get; set; }

        /// <summary>Why this importance, by language code.</summary>
        public Dictionary<string, string?> Reasoning { get; set; } = [];

        public Guid? Version { get; set; }
    }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public CampaignAnalysis Analysis { get; private set; } = null!;

    public IReadOnlyList<PriorityRow> Ranked { get; private set; } = [];

    public string T(LocalizedText text) => text.Get(Lang);

    private async Task<bool> LoadAsync()
    {
        var analysis = await CampaignAnalyses.RunAsync(Db, Id, null, HttpContext.RequestAborted);
        if (analysis is null)
        {
            return false;
        }

        Analysis = analysis;
        Ranked = await Data.Analysis.Priorities.RankAsync(Db, analysis, HttpContext.RequestAborted);
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Rows = Analysis.Definition.Themes.Select(t =>
        {
            var stored = Ranked.First(r => r.Ranked.ThemeId == t.Id).Stored;
            return new Row { ThemeId = t.Id, Importance = stored?.ManualImportance, Reasoning = LocalizedFields.From(stored?.Reasoning), Version = stored?.Version };
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var reasoning = new List<LocalizedText>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            reasoning.Add(LocalizedFields.Read(ModelState, $"Rows[{i}].{nameof(Row.Reasoning)}", row.Reasoning, MaxReasoning, L["The text must be at most {0} characters long.", MaxReasoning]));
            if (Analysis.Definition.Theme(row.ThemeId) is null)
            {
                ModelState.AddModelError($"Rows[{i}].ThemeId", L["Choose themes from the campaign's framework."]);
            }

            if (row.Importance is { } importance && (importance < PriorityRanking.MinImportance || importance > PriorityRanking.MaxImportance))
            {
                ModelState.AddModelError($"Rows[{i}].Importance", L["Importance must be between {0} and {1}.", PriorityRanking.MinImportance, PriorityRanking.MaxImportance]);
            }
        }

        if (Rows.Select(r => r.ThemeId).Distinct().Count() != Rows.Count)
        {
            ModelState.AddModelError(string.Empty, L["Each theme may appear only once."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = await Db.ThemePriorities.Where(p => p.CampaignId == Id).ToDictionaryAsync(p => p.ThemeId);
        foreach (var (row, text) in Rows.Zip(reasoning))
        {
            if (!stored.TryGetValue(row.ThemeId, out var priority))
            {
                priority = new ThemePriority { CampaignId = Id, ThemeId = row.ThemeId };
                Db.ThemePriorities.Add(priority);
            }
            else if (row.Version is { } version)
            {
                Db.Entry(priority).Property(p => p.Version).OriginalValue = version;
            }

            priority.ManualImportance = row.Importance;
            priority.Reasoning = text;
        }

        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(L["The priorities were saved."]);
        return Redirect(OrgUrl($"/campaigns/{Id}/findings"));
    }
}
