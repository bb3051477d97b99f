using System.Security.Claims;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Api;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.ApiAccess;

/// <summary>
/// Personal access tokens for the API: every member makes and revokes their own (a token can do no more than its
/// member's role); administrators see and revoke everyone's. The secret is shown once, then only its hash is kept.
/// </summary>
[RequirePermission(Permission.ViewOrganisation)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int MaxName = 100;

    public const int MaxActivePerMember = 10;

    public static readonly int[] Lifetimes = [30, 90, 365];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Scope { get; set; } = nameof(ApiScope.Read);

    [BindProperty]
    public int? Days { get; set; } = 90;

    /// <summary>The secret of the token just made: shown once.</summary>
    public string? NewSecret { get; private set; }

    public List<ApiToken> Mine { get; private set; } = [];

    /// <summary>Everyone's active tokens with their member's name (administrators only).</summary>
    public List<(ApiToken Token, string Member)> Everyone { get; private set; } = [];

    public bool CanWrite => Can(Permission.TrackRoadmap);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public string Example(string secret) =>
        "curl -H \"Authorization: Bearer " + secret + "\" " + HttpContext.PublicBase() + ApiEndpoints.Prefix + "/o/" + Organisation.Slug + "/roadmap/kpis";

    public string ApiBase => HttpContext.PublicBase() + ApiEndpoints.Prefix;

    private async Task LoadAsync()
    {
        var me = UserId;
        Mine = await Db.ApiTokens.AsNoTracking().Where(t => t.UserId == me).OrderByDescending(t => t.CreatedAt).ToListAsync();
        if (Can(Permission.ManageMembers))
        {
            var now = HttpContext.UtcNow();
            var all = await Db.ApiTokens.AsNoTracking().Where(t => t.RevokedAt == null)
                .Join(Db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, Name = u.DisplayName, u.Email })
                .ToListAsync();
            Everyone = all.Where(x => x.Token.ExpiresAt > now)
                .OrderBy(x => x.Name).ThenByDescending(x => x.Token.CreatedAt)
                .Select(x => (x.Token, string.IsNullOrWhiteSpace(x.Name) ? x.Email ?? "" : x.Name)).ToList();
        }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), L["Give the token a name, such as what will use it."]);
        }
        else if (name.Length > MaxName)
        {
            ModelState.AddModelError(nameof(Name), L["The name must be at most {0} characters long.", MaxName]);
        }
        else if (name.Any(char.IsControl))
        {
            ModelState.AddModelError(nameof(Name), L["The text contains control characters."]);
        }

        ApiScope? scope = Scope switch
        {
            nameof(ApiScope.Read) => ApiScope.Read,
            nameof(ApiScope.Write) => ApiScope.Write,
            _ => null,
        };
        if (scope is null || (scope == ApiScope.Write && !CanWrite))
        {
            ModelState.AddModelError(nameof(Scope), L["Choose an access from the list."]);
        }

        if (Days is not { } days || !Lifetimes.Contains(days))
        {
            ModelState.AddModelError(nameof(Days), L["Choose how long the token works from the list."]);
        }

        var me = UserId;
        var now = HttpContext.UtcNow();
        if (ModelState.IsValid && await Db.ApiTokens.CountAsync(t => t.UserId == me && t.RevokedAt == null && t.ExpiresAt > now) >= MaxActivePerMember)
        {
            ModelState.AddModelError(string.Empty, L["You already have {0} working tokens. Revoke one you no longer use first.", MaxActivePerMember]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var secret = ApiTokens.NewSecret();
        Db.ApiTokens.Add(new ApiToken
        {
            UserId = me,
            Name = name,
            Scope = scope!.Value,
            Prefix = secret[..ApiTokens.PrefixLength],
            TokenHash = ApiTokens.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(Days!.Value),
        });
        await Db.SaveChangesAsync();
        NewSecret = secret;
        ModelState.Clear();
        Name = null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var token = await Db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.RevokedAt == null);
        if (token is null || (token.UserId != UserId && !Can(Permission.ManageMembers)))
        {
            return NotFound();
        }

        token.RevokedAt = HttpContext.UtcNow();
        await Db.SaveChangesAsync();
        Flash(L["The token “{0}” was revoked: it no longer works.", token.Name]);
        return Redirect(OrgUrl("/api-access"));
    }

    public string StateText(ApiToken token) =>
        token.RevokedAt is not null ? L["Revoked"] : token.ExpiresAt <= HttpContext.UtcNow() ? L["Expired"] : L["Works"];
}
