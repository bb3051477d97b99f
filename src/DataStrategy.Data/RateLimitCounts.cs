using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data;

/// <summary>
/// The shared counts behind the rate limits (<see cref="Entities.RateLimitWindow"/>): one statement adds a hit and
/// reads the new count atomically (INSERT … ON CONFLICT … DO UPDATE … RETURNING, the same on SQLite and PostgreSQL),
/// so concurrent requests on any instance are each counted once.
/// </summary>
public static class RateLimitCounts
{
    private const string HitSql = """
        INSERT INTO "RateLimitWindows" ("Key", "WindowStart", "Hits") VALUES (@key, @start, 1)
        ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Hits" = "RateLimitWindows"."Hits" + 1
        RETURNING "Hits"
        """;

    /// <returns>The number of hits in this window, this one included.</returns>
    public static async Task<int> HitAsync(AppDbContext db, string key, long windowStart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = HitSql;
            Add(command, "@key", key);
            Add(command, "@start", windowStart);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Forgets windows that started before <paramref name="before"/> (seconds since 1970).</summary>
    public static Task<int> ForgetBeforeAsync(AppDbContext db, long before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RateLimitWindows.Where(w => w.WindowStart < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
