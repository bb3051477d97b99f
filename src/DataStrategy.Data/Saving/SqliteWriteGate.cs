using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Saving;

/// <summary>
/// SQLite has one writer at a time; a writer that finds the file locked is retried by Microsoft.Data.Sqlite after
/// sleeping 150 ms, so concurrent single saves queue in steps of 150 ms. Saves that are not inside a transaction
/// (one SaveChanges, atomic by itself: API writes, autosave) take turns in this process instead, per database file
/// (ADR 0018). Saves inside a request-wide transaction are not gated (they may already hold the lock).
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<T> RunAsync<T>(string connectionString, Func<Task<T>> save, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await save();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Writes that are not SaveChanges (SQL statements of their own): gated under the same rule.</summary>
    public static Task<T> RunAsync<T>(DbContext db, Func<Task<T>> write, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null && db.Database.IsSqlite() && db.Database.GetConnectionString() is { } file
            ? RunAsync(file, write, cancellationToken)
            : write();
}
