using System.Globalization;
using System.Text.Json;
using DataStrategy.Core.Csv;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Audit;

[RequirePermission(Permission.ViewAuditLog)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public const int PageSize = 100;

    public sealed record Change(string Field, IReadOnlyList<ChangePart>? Before, IReadOnlyList<ChangePart>? After);

    /// <summary>One piece of a recorded value; a multilingual value is one piece per language, each with its language.</summary>
    public sealed record ChangePart(string Text, string? Language);

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public List<string> EntityTypes { get; private set; } = [];

    public List<AuditEntry> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string FilterQuery => string.Join('&', new[]
    {
        "type=" + Uri.EscapeDataString(Type ?? string.Empty),
        "action=" + Action,
        "user=" + Uri.EscapeDataString(UserFilter ?? string.Empty),
        "from=" + From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to=" + To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    public async Task OnGetAsync()
    {
        EntityTypes = await Db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
        var query = Filtered();
        Total = await query.CountAsync();
        P = Math.Clamp(P, 1, PageCount);
        Rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((P - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var rows = await Filtered().OrderBy(a => a.At).ThenBy(a => a.Id).Take(100_000).ToListAsync();
        var bytes = CsvSafe.ToBytes(
            ["at", "user", "action", "entity_type", "entity_id", "changes"],
            rows.Select(a => (IReadOnlyList<string?>)[a.At.ToString("O", CultureInfo.InvariantCulture), a.UserName, a.Action.ToString(), a.EntityType, a.EntityId, a.Changes]),
            CsvSafe.DelimiterFor(Lang));
        return File(bytes, "text/csv; charset=utf-8", $"audit-{Organisation.Slug}-{HttpContext.UtcNow():yyyyMMdd}.csv");
    }

    private IQueryable<AuditEntry> Filtered()
    {
        var query = Db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(a => a.EntityType == Type);
        }

        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            var u = UserFilter.Trim().ToUpperInvariant();
            query = query.Where(a => a.UserName.ToUpper().Contains(u));
        }

        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.At < end);
        }

        return query;
    }

    public static IEnumerable<Change> Describe(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            yield break;
        }

        using (doc)
        {
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2)
                {
                    yield return new Change(p.Name, Text(p.Value[0]), Text(p.Value[1]));
                }
                else
                {
                    yield return new Change(p.Name, null, Text(p.Value));
                }
            }
        }
    }

    private static List<ChangePart>? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => [new ChangePart(e.GetString()!, null)],
        JsonValueKind.Object => [.. e.EnumerateObject().Select(x => new ChangePart($"{x.Name}: {x.Value}", Core.Languages.IsSupported(x.Name) ? x.Name : null))],
        _ => [new ChangePart(e.GetRawText(), null)],
    };
}
