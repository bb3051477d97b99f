using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Inventory;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>One strategy item: its content, links, the sessions that shaped it, the comment threads and its history.</summary>
[RequirePermission(Permission.ViewStrategy)]
public sealed class ItemModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    [FromRoute]
    public Guid Id { get; set; }

    public StrategyItemData Item { get; private set; } = null!;

    public StrategyView View { get; private set; } = null!;

    public List<WorkingSession> ShapedIn { get; private set; } = [];

    public List<StrategyComment> Threads { get; private set; } = [];

    public ILookup<Guid?, StrategyComment> Replies { get; private set; } = null!;

    /// <summary>For a role, the datasets its holders own or look after (null for other items, or a reader who may not see the register).</summary>
    public IReadOnlyList<DatasetLink>? HeldDatasets { get; private set; }

    public List<(Membership Member, string Name)> Members { get; private set; } = [];

    public Dictionary<string, string> MemberNames { get; private set; } = [];

    /// <summary>Newest first: the revision and what changed since the one before it.</summary>
    public List<(StrategyItemRevision Revision, ItemChange? Change)> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var row = await Db.StrategyItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == Id);
        if (row is null)
        {
            return NotFound();
        }

        var strategy = await StrategyWorkspace.EnsureAsync(Db, Organisation);
        var draft = await StrategyWorkspace.SnapshotAsync(Db, strategy);
        _draft = draft;
        Item = draft.Item(Id)!;
        var holders = new Dictionary<Guid, (string, string?)>();
        var canSeePeople = Can(Permission.ViewStakeholders);
        var holderIds = Item.Targets(StrategyRelation.Holder).Select(t => Guid.TryParse(t, out var g) ? g : Guid.Empty).ToList();
        var people = await Db.Stakeholders.AsNoTracking().Include(s => s.Department).Where(s => holderIds.Contains(s.Id)).ToListAsync();
        var departments = people.ToDictionary(p => p.Id, p => p.Department?.Name.Get(Lang));
        foreach (var p in people.Where(p => p.ErasedAt == null))
        {
            holders[p.Id] = (p.Name, p.Department?.Name.Get(Lang));
        }

        if (Item.Kind == StrategyItemKind.Role && Can(Permission.ViewInventory))
        {
            HeldDatasets = await DatasetLinks.HeldByAsync(Db, [.. people.Where(p => p.ErasedAt == null).Select(p => p.Id)], Lang);
        }

        View = new StrategyView
        {
            Snapshot = new StrategySnapshot { Title = draft.Title, Items = [Item], Labels = draft.Labels, Raci = [] },
            Language = Lang,
            OneItem = true,
            Holders = canSeePeople ? holders : null,
            HolderDepartments = departments,
        };
        foreach (var link in Item.Links.Where(k => Guid.TryParse(k.Target, out _) && draft.Item(Guid.Parse(k.Target)) is not null))
        {
            View.Snapshot.Labels[link.Target] = draft.Item(Guid.Parse(link.Target))!.Title;
        }

        ShapedIn = await Db.StrategyItemSessions.Where(s => s.ItemId == Id).Join(Db.WorkingSessions, s => s.SessionId, w => w.Id, (s, w) => w)
            .AsNoTracking().OrderBy(w => w.Position).ToListAsync();
        var comments = await Db.StrategyComments.AsNoTracking().Where(c => c.ItemId == Id).OrderBy(c => c.CreatedAt).ToListAsync();
        Threads = comments.Where(c => c.ParentId == null).OrderBy(c => c.ResolvedAt != null).ThenBy(c => c.CreatedAt).ToList();
        Replies = comments.Where(c => c.ParentId != null).ToLookup(c => c.ParentId);
        var members = await Db.Memberships.AsNoTracking().Include(m => m.User).ToListAsync();
        Members = members.Where(m => m.User is not null).Select(m => (m, string.IsNullOrWhiteSpace(m.User!.DisplayName) ? m.User.Email ?? "" : m.User.DisplayName)).OrderBy(m => m.Item2).ToList();
        MemberNames = Members.ToDictionary(m => m.Member.UserId, m => m.Name);

        _people = await Db.Stakeholders.AsNoTracking().Where(s => s.ErasedAt == null).ToDictionaryAsync(s => s.Id, s => s.Name);
        var revisions = await Db.StrategyItemRevisions.AsNoTracking().Where(r => r.ItemId == Id).OrderBy(r => r.At).Take(200).ToListAsync();
        StrategyItemData? previous = null;
        foreach (var revision in revisions)
        {
            var data = StrategyWorkspace.ItemFromJson(revision.Data);
            ItemChange? change = null;
            if (previous is not null && data is not null)
            {
                change = StrategyDiff.Compare(new StrategySnapshot { Items = [previous] }, new StrategySnapshot { Items = [data] }).Items is { Count: > 0 } changes ? changes[0] : null;
            }

            History.Insert(0, (revision, change));
            previous = data ?? previous;
        }

        return Page();
    }

    private StrategySnapshot _draft = null!;

    private Dictionary<Guid, string> _people = [];

    /// <summary>A link target's name: an item's title, a priority, or a person (only for those who may see people).</summary>
    public string LinkLabel(string target)
    {
        if (Guid.TryParse(target, out var id))
        {
            if (_draft.Item(id) is { } item)
            {
                return item.Title.Get(Lang);
            }

            if (_people.TryGetValue(id, out var name))
            {
                return Can(Permission.ViewStakeholders) ? name : L["a person"];
            }
        }

        return _draft.Labels.TryGetValue(target, out var label) ? label.Get(Lang) : L["something since removed"];
    }

    public string MemberName(string userId) => MemberNames.GetValueOrDefault(userId) ?? L["a former member"];
}
