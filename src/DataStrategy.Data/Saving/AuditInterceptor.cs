using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DataStrategy.Data.Saving;

/// <summary>
/// Writes an audit row for every created, changed or deleted <see cref="IAudited"/> row, in the same save: the changed
/// properties with their old and new values, personal data masked, secrets left out (ADR 0005).
/// </summary>
internal sealed class AuditInterceptor : SaveChangesInterceptor
{
    public const string MaskedValue = "•••";

    /// <summary>The log is shown HTML-encoded and exported CSV-escaped: accents stay readable in the JSON.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Properties never written to the log: keys, tokens, hashes and whole documents.</summary>
    private static readonly HashSet<string> Unlogged =
    [
        nameof(IVersioned.Version), "Id", nameof(ITenantOwned.OrganisationId), nameof(IdentityUser.ConcurrencyStamp),
        nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.PasswordHash), nameof(Invitation.TokenHash),
        nameof(Framework.Content), nameof(Organisation.ContentStamp), nameof(CampaignResponse.Token), nameof(SurveyLink.Token),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Record(DbContext? context)
    {
        if (context is not AppDbContext db || db.SuppressAudit)
        {
            return;
        }

        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is IAudited)
            .ToList();
        foreach (var entry in entries)
        {
            var organisationId = entry.Entity switch
            {
                ITenantOwned t => t.OrganisationId,
                Organisation o => o.Id,
                _ => Guid.Empty,
            };
            if (organisationId == Guid.Empty)
            {
                continue;
            }

            db.AuditEntries.Add(new AuditEntry
            {
                OrganisationId = organisationId,
                UserId = db.Actor.UserId,
                UserName = db.Actor.UserName,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = ((IAudited)entry.Entity).Id.ToString(),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = DescribeChanges(entry),
            });
        }
    }

    private static string DescribeChanges(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Unlogged.Contains(name) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (Equals(Render(before), Render(after)))
            {
                continue;
            }

            var personal = property.Metadata.PropertyInfo?.GetCustomAttribute<PersonalDataAttribute>() is not null;
            changes[name] = personal
                ? [before is null ? null : MaskedValue, after is null ? null : MaskedValue]
                : [Render(before), Render(after)];
        }

        return JsonSerializer.Serialize(changes, Json);
    }

    private static object? Render(object? value) => value switch
    {
        null => null,
        LocalizedText t => t.Values,
        List<string> l => string.Join(',', l),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC",
        Enum e => e.ToString(),
        _ => value.ToString(),
    };
}
