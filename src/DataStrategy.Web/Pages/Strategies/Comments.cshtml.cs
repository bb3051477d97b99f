using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>Comments on a strategy item: new threads, replies, mentions of members, resolving and reopening.</summary>
[RequirePermission(Permission.CommentStrategy)]
public sealed class CommentsModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxText = 4000;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public List<string> Mentions { get; set; } = [];

    [BindProperty]
    public Guid CommentId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string? Error { get; private set; }

    private string ItemUrl => OrgUrl("/strategy/items/" + Id);

    public async Task<IActionResult> OnGetAsync() =>
        await Db.StrategyItems.AnyAsync(i => i.Id == Id) ? Redirect(ItemUrl + "#comments") : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Db.StrategyItems.AnyAsync(i => i.Id == Id))
        {
            return NotFound();
        }

        Text = Text?.Trim();
        if (string.IsNullOrEmpty(Text))
        {
            Error = L["Write a comment."];
        }
        else if (Text.Length > MaxText)
        {
            Error = L["The text must be at most {0} characters long.", MaxText];
        }

        // A reply goes to an open thread of this item; threads are one level deep.
        if (ParentId is not null && !await Db.StrategyComments.AnyAsync(c => c.Id == ParentId && c.ItemId == Id && c.ParentId == null && c.ResolvedAt == null))
        {
            Error = L["This comment thread does not exist or is resolved."];
        }

        Mentions = Mentions.Where(m => !string.IsNullOrEmpty(m)).Distinct().ToList();
        var memberIds = await Db.Memberships.Select(m => m.UserId).ToListAsync();
        if (Mentions.Count > 50 || Mentions.Any(m => !memberIds.Contains(m)))
        {
            Error = L["Mention members of this organisation only."];
        }

        if (Error is not null)
        {
            return Page();
        }

        var user = await Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == UserId);
        Db.StrategyComments.Add(new StrategyComment
        {
            ItemId = Id,
            ParentId = ParentId,
            AuthorId = UserId,
            AuthorName = user is null ? User.Identity?.Name ?? "" : string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName,
            Text = Text!,
            Language = Lang,
            Mentions = Mentions,
        });
        await Db.SaveChangesAsync();
        Flash(L["Your comment was added."]);
        return Redirect(ItemUrl + "#comments");
    }

    public Task<IActionResult> OnPostResolveAsync() => SetResolvedAsync(true);

    public Task<IActionResult> OnPostReopenAsync() => SetResolvedAsync(false);

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<IActionResult> SetResolvedAsync(bool resolved)
    {
        var comment = await Db.StrategyComments.SingleOrDefaultAsync(c => c.Id == CommentId && c.ItemId == Id && c.ParentId == null);
        if (comment is null)
        {
            return NotFound();
        }

        Db.Entry(comment).Property(c => c.Version).OriginalValue = Version;
        comment.ResolvedAt = resolved ? HttpContext.UtcNow() : null;
        comment.ResolvedByName = resolved ? User.Identity?.Name : null;
        if (!await TrySaveAsync())
        {
            Error = ModelState[string.Empty]?.Errors.FirstOrDefault()?.ErrorMessage;
            return Page();
        }

        return Redirect(ItemUrl + "#comment-" + comment.Id);
    }
}
