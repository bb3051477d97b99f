using System.Security.Claims;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The programme lead approves a version in review, or sends it back with a reason.</summary>
[RequirePermission(Permission.ApproveStrategy)]
public sealed class ReviewModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxComment = 2000;

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public StrategyVersion Row { get; private set; } = null!;

    public StrategyVersion? Published { get; private set; }

    public StrategyComparison? Changes { get; private set; }

    private async Task<bool> LoadAsync(bool tracked)
    {
        var row = await (tracked ? Db.StrategyVersions : Db.StrategyVersions.AsNoTracking()).SingleOrDefaultAsync(v => v.Number == Number);
        if (row is null)
        {
            return false;
        }

        Row = row;
        Published = await Db.StrategyVersions.AsNoTracking().Where(v => v.Status == StrategyVersionStatus.Published && v.Number < Number).OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        Changes = Published is null ? null : StrategyDiff.Compare(StrategySnapshot.FromJson(Published.Snapshot), StrategySnapshot.FromJson(row.Snapshot));
        return true;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync(false))
        {
            return NotFound();
        }

        Version = Row.Version;
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync() => DecideAsync(ApprovalDecision.Approved);

    public Task<IActionResult> OnPostRequestChangesAsync() => DecideAsync(ApprovalDecision.ChangesRequested);

    private async Task<IActionResult> DecideAsync(ApprovalDecision decision)
    {
        if (!await LoadAsync(true))
        {
            return NotFound();
        }

        Comment = Comment?.Trim();
        if (Row.Status != StrategyVersionStatus.InReview)
        {
            ModelState.AddModelError(string.Empty, L["Only a version in review can be approved or sent back."]);
        }

        if (Comment?.Length > MaxComment)
        {
            ModelState.AddModelError(nameof(Comment), L["The text must be at most {0} characters long.", MaxComment]);
        }
        else if (decision == ApprovalDecision.ChangesRequested && string.IsNullOrEmpty(Comment))
        {
            ModelState.AddModelError(nameof(Comment), L["Say what must change."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == User.FindFirstValue(ClaimTypes.NameIdentifier));
        Db.Entry(Row).Property(v => v.Version).OriginalValue = Version;
        Row.Status = decision == ApprovalDecision.Approved ? StrategyVersionStatus.Approved : StrategyVersionStatus.ChangesRequested;
        Db.StrategyApprovals.Add(new StrategyApproval
        {
            VersionId = Row.Id,
            UserId = user?.Id,
            UserName = user?.DisplayName is { Length: > 0 } name ? name : User.Identity?.Name ?? "",
            Decision = decision,
            Comment = string.IsNullOrEmpty(Comment) ? null : Comment,
            CommentLanguage = string.IsNullOrEmpty(Comment) ? null : Lang,
        });
        if (!await TrySaveAsync())
        {
            return Page();
        }

        Flash(decision == ApprovalDecision.Approved ? L["Version {0} is approved.", Number] : L["Version {0} was sent back for changes.", Number]);
        return Redirect(OrgUrl("/strategy/versions/" + Number));
    }
}
