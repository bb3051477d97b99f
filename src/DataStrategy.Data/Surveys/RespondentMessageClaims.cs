using System.Data.Common;
using DataStrategy.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DataStrategy.Data.Surveys;

/// <summary>
/// Sends each survey e-mail once: a message row unique per personal link and round is saved (on its own, outside
/// any request-wide transaction) before the e-mail goes; whoever loses the race for the row sends nothing. Safe
/// with any number of clicks and app instances, as the database decides. At most once: a row whose sending was
/// cut off (the app stopped) stays unconfirmed and is never sent again by itself.
/// </summary>
public static class RespondentMessageClaims
{
    /// <summary>The claimed message, or null when someone else claimed this round first.</summary>
    public static async Task<RespondentMessage?> ClaimAsync(AppDbContext db, Guid campaignId, Guid responseId, int round, string language, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var message = new RespondentMessage { CampaignId = campaignId, ResponseId = responseId, Round = round, Language = language, ClaimedAt = now };
        db.RespondentMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return message;
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException inner && IsUniqueViolation(inner))
        {
            db.Entry(message).State = EntityState.Detached;
            return null;
        }
    }

    /// <summary>The mail server took the message.</summary>
    public static Task ConfirmAsync(AppDbContext db, RespondentMessage message, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        message.SentAt = sentAt;
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The mail server refused it: the round is free again for a later try.</summary>
    public static async Task ReleaseAsync(AppDbContext db, RespondentMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        db.RespondentMessages.Remove(message);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsUniqueViolation(DbException ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
