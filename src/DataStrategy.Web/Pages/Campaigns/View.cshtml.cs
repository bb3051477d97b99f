using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Campaigns;

/// <summary>
/// A campaign at a glance. Everyone sees progress and per-theme aggregates; only those who may see
/// respondents (facilitators, administrators) get the list of interviews and survey responses.
/// </summary>
[RequirePermission(Permission.ViewCampaigns)]
public sealed class ViewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Campaign Campaign { get; private set; } = null!;

    public FrameworkDefinition Definition { get; private set; } = null!;

    public bool ShowRespondents { get; private set; }

    public sealed record KindCount(ResponseKind Kind, int Total, int Completed);

    public List<KindCount> Counts { get; private set; } = [];

    public sealed record ThemeRow(FrameworkTheme Theme, int Answers, double? Mean, int? Target);

    public List<ThemeRow> Themes { get; private set; } = [];

    public sealed record ResponseRow(CampaignResponse Response, string? StakeholderName, string? DepartmentName, string? InterviewerName, int Answers);

    public List<ResponseRow> Interviews { get; private set; } = [];

    public List<ResponseRow> Surveys { get; private set; } = [];

    public List<AnswerImportBatch> Imports { get; private set; } = [];

    public List<Department> ScopeDepartments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var campaign = await Db.Campaigns.AsNoTracking().Include(c => c.Framework).SingleOrDefaultAsync(c => c.Id == Id);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Definition = FrameworkLibrary.Definition(campaign.Framework!);
        ShowRespondents = PermissionTable.Allows(Tenant.Role!.Value, Permission.ViewRespondents);
        var scope = campaign.DepartmentIds.Select(Guid.Parse).ToList();
        ScopeDepartments = await Db.Departments.AsNoTracking().Where(d => scope.Contains(d.Id)).OrderBy(d => d.Code).ToListAsync();

        Counts = await Db.Responses.Where(r => r.CampaignId == Id && r.Status != ResponseStatus.Cancelled)
            .GroupBy(r => r.Kind)
            .Select(g => new KindCount(g.Key, g.Count(), g.Count(r => r.Status == ResponseStatus.Completed)))
            .ToListAsync();

        var perQuestion = await Db.Answers.Where(a => a.CampaignId == Id && a.State == AnswerState.Level && a.Level != null)
            .GroupBy(a => a.QuestionId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(a => a.Level!.Value) })
            .ToListAsync();
        var targets = campaign.ReadTargetLevels();
        var byQuestion = perQuestion.ToDictionary(x => x.Key);
        foreach (var theme in Definition.Themes)
        {
            var rows = Definition.QuestionsOf(theme).Select(q => byQuestion.GetValueOrDefault(q.Id)).Where(x => x is not null).ToList();
            var count = rows.Sum(x => x!.Count);
            Themes.Add(new ThemeRow(theme, count, count == 0 ? null : (double)rows.Sum(x => x!.Sum) / count, targets.TryGetValue(theme.Id, out var t) ? t : null));
        }

        if (ShowRespondents)
        {
            var departments = await Db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name.Get(Lang));
            var answerCounts = await Db.Answers.Where(a => a.CampaignId == Id).GroupBy(a => a.ResponseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
            var responses = await Db.Responses.AsNoTracking().Include(r => r.Stakeholder)
                .Where(r => r.CampaignId == Id && r.Kind != ResponseKind.Imported)
                .OrderBy(r => r.ScheduledAt).ThenBy(r => r.CreatedAt).ToListAsync();
            var interviewerIds = responses.Where(r => r.InterviewerId != null).Select(r => r.InterviewerId!).Distinct().ToList();
            var interviewers = await Db.Users.Where(u => interviewerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
            foreach (var r in responses)
            {
                var departmentId = r.DepartmentId ?? r.Stakeholder?.DepartmentId;
                var row = new ResponseRow(r, r.Stakeholder is { ErasedAt: null } s ? s.Name : null,
                    departmentId is { } d ? departments.GetValueOrDefault(d) : null,
                    r.InterviewerId is { } i ? interviewers.GetValueOrDefault(i) : null,
                    answerCounts.GetValueOrDefault(r.Id));
                (r.Kind == ResponseKind.Interview ? Interviews : Surveys).Add(row);
            }

            Imports = await Db.AnswerImportBatches.AsNoTracking().Where(b => b.CampaignId == Id).OrderBy(b => b.ImportedAt).ToListAsync();
        }

        return Page();
    }
}
