using System.ComponentModel.DataAnnotations;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Campaigns;

[RequirePermission(Permission.ManageCampaigns)]
public sealed class EditModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid? Id { get; set; }

    public const int MaxName = 200;

    /// <summary>The campaign's name by language code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Name { get; set; } = [];

    [BindProperty]
    public Guid FrameworkId { get; set; }

    [BindProperty]
    [Display(Name = "Start date")]
    public DateOnly? StartsOn { get; set; }

    [BindProperty]
    [Display(Name = "End date")]
    public DateOnly? EndsOn { get; set; }

    [BindProperty]
    public CampaignStatus Status { get; set; }

    [BindProperty]
    public List<Guid> DepartmentIds { get; set; } = [];

    /// <summary>
    /// Theme ID → target level (0 = none). Read from the "Targets[theme]" fields by hand: a bound
    /// dictionary falls back to every form field when none is posted (a new campaign has none).
    /// </summary>
    public Dictionary<string, int> Targets { get; set; } = [];

    private void ReadTargetsFromForm()
    {
        Targets = [];
        foreach (var (key, value) in Request.Form)
        {
            if (key.StartsWith("Targets[", StringComparison.Ordinal) && key.EndsWith(']'))
            {
                Targets[key[8..^1]] = int.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
            }
        }
    }

    [BindProperty]
    [Range(2, 50, ErrorMessage = "{0} must be between {1} and {2}.")]
    [Display(Name = "Minimum group size")]
    public int MinGroupSize { get; set; } = 3;

    [BindProperty]
    public Guid? PreviousCampaignId { get; set; }

    public List<Campaign> OtherCampaigns { get; private set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public bool IsNew => Id is null;

    public bool HasResponses { get; private set; }

    public List<Framework> Frameworks { get; private set; } = [];

    public List<Department> Departments { get; private set; } = [];

    public FrameworkDefinition? Definition { get; private set; }

    private async Task LoadListsAsync()
    {
        Frameworks = await Db.Frameworks.AsNoTracking().OrderBy(f => f.Key).ThenByDescending(f => f.VersionNumber).ToListAsync();
        Departments = await Db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        OtherCampaigns = await Db.Campaigns.AsNoTracking().Where(c => c.Id != Id).OrderByDescending(c => c.StartsOn).ToListAsync();
        // The name is multilingual: ordered as the reader reads it.
        OtherCampaigns = [.. OtherCampaigns.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name.Get(Lang), StringComparer.CurrentCultureIgnoreCase)];
        if (Id is not null)
        {
            HasResponses = await Db.Responses.AnyAsync(r => r.CampaignId == Id);
        }

        if (Frameworks.Find(f => f.Id == FrameworkId) is { } f)
        {
            Definition = FrameworkLibrary.Definition(f);
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is not null)
        {
            var c = await Db.Campaigns.AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id);
            if (c is null)
            {
                return NotFound();
            }

            (Name, FrameworkId, StartsOn, EndsOn, Status, Version) = (LocalizedFields.From(c.Name), c.FrameworkId, c.StartsOn, c.EndsOn, c.Status, c.Version);
            (MinGroupSize, PreviousCampaignId) = (c.MinGroupSize, c.PreviousCampaignId);
            DepartmentIds = c.DepartmentIds.Select(Guid.Parse).ToList();
            Targets = c.ReadTargetLevels();
        }

        await LoadListsAsync();
        if (Id is null && Frameworks.Count > 0)
        {
            // The latest version of the built-in framework (the list is newest version first per family).
            FrameworkId = Frameworks.Find(f => f.Key == Core.Frameworks.BuiltInFrameworks.CityKey)?.Id ?? Frameworks[0].Id;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReadTargetsFromForm();
        Campaign? campaign = null;
        if (Id is not null)
        {
            campaign = await Db.Campaigns.SingleOrDefaultAsync(x => x.Id == Id);
            if (campaign is null)
            {
                return NotFound();
            }
        }

        await LoadListsAsync();
        var name = LocalizedFields.Read(ModelState, nameof(Name), Name, MaxName, language => L["{0} must be at most {1} characters long.", LanguageText.For(L, "Name in {language}", language), MaxName]);
        // As other names: required in the organisation's languages; English only where it is the sole language.
        LocalizedFields.RequireIn(ModelState, nameof(Name), name, Organisation.Languages.Where(x => x != Core.Languages.English), language => LanguageText.For(L, "Enter the name in {language}.", language));
        if (name.IsEmpty && ModelState.IsValid)
        {
            LocalizedFields.RequireAny(ModelState, nameof(Name), name, InputLanguages(Name), L["Enter the campaign's name."]);
        }

        var framework = Frameworks.Find(f => f.Id == FrameworkId);
        if (framework is null)
        {
            ModelState.AddModelError(nameof(FrameworkId), L["Choose a framework."]);
        }
        else if (campaign is not null && HasResponses && campaign.FrameworkId != FrameworkId)
        {
            ModelState.AddModelError(nameof(FrameworkId), L["The framework cannot change once the campaign has responses."]);
        }

        if (StartsOn is not null && EndsOn is not null && EndsOn < StartsOn)
        {
            ModelState.AddModelError(nameof(EndsOn), L["The end date must not be before the start date."]);
        }

        if (!Enum.IsDefined(Status))
        {
            ModelState.AddModelError(nameof(Status), L["Choose a status."]);
        }

        if (PreviousCampaignId is { } previous && (previous == Id || !OtherCampaigns.Any(c => c.Id == previous)))
        {
            ModelState.AddModelError(nameof(PreviousCampaignId), L["Choose an earlier campaign from the list."]);
        }

        var departments = Departments.Select(d => d.Id).ToHashSet();
        if (DepartmentIds.Any(d => !departments.Contains(d)))
        {
            ModelState.AddModelError(nameof(DepartmentIds), L["Choose departments from the list."]);
        }

        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Definition is not null && framework?.Id == campaign?.FrameworkId)
        {
            foreach (var (theme, level) in Targets)
            {
                if (level == 0)
                {
                    continue;
                }

                if (Definition.Theme(theme) is null || level < 1 || level > Definition.MaxLevel)
                {
                    ModelState.AddModelError(nameof(Targets), L["Choose target levels from the list."]);
                    break;
                }

                targets[theme] = level;
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (campaign is null)
        {
            campaign = new Campaign();
            Db.Campaigns.Add(campaign);
        }
        else
        {
            Db.Entry(campaign).Property(x => x.Version).OriginalValue = Version;
        }

        campaign.Name = name;
        campaign.FrameworkId = FrameworkId;
        campaign.StartsOn = StartsOn;
        campaign.EndsOn = EndsOn;
        campaign.Status = Status;
        campaign.DepartmentIds = DepartmentIds.Distinct().Select(d => d.ToString()).ToList();
        campaign.WriteTargetLevels(targets);
        campaign.MinGroupSize = MinGroupSize;
        campaign.PreviousCampaignId = PreviousCampaignId;
        var statusChanged = Db.Entry(campaign).Property(x => x.Status).IsModified;
        if (!await TrySaveAsync())
        {
            return Page();
        }

        if (statusChanged && Organisation.SharesBenchmark && campaign.Status is CampaignStatus.Analysing or CampaignStatus.Closed)
        {
            await Data.Analysis.PeerBenchmark.PublishAsync(Db, Organisation.Id, HttpContext.RequestAborted);
        }

        Flash(IsNew ? L["The campaign was created."] : L["The campaign was saved."]);
        return Redirect(OrgUrl("/campaigns/" + campaign.Id));
    }
}
