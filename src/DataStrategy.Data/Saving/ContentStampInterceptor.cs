using System.Data;
using System.Data.Common;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace DataStrategy.Data.Saving;

/// <summary>
/// Gives an organisation a new <see cref="Organisation.ContentStamp"/> after every committed write to its data, whatever
/// wrote it: a save, a bulk update, a statement of our own — every command that goes through a context is seen here.
/// Rendered pages are kept under the stamp (ADR 0038), so a page is never served from before a write that committed
/// before the request began, on any instance. A write without an organisation (accounts, the CLI, seeding) changes
/// every organisation's stamp.
/// On SQLite the new stamp is written inside the writing transaction (it already holds the one write lock); on
/// PostgreSQL right after the commit, on its own, so that no transaction holds the organisation's row while it works.
/// </summary>
internal sealed class ContentStampInterceptor : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    /// <summary>Tables whose rows are not content: counters, keys and caches. A write to them alone changes no stamp.</summary>
    private static readonly HashSet<string> NotContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "RateLimitWindows", "DataProtectionKeys", "RenderedPdfs", "__EFMigrationsHistory", "__EFMigrationsLock",
    };

    // ---------------------------------------------------------------- commands: note the write, announce it at once if no transaction holds it

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (Note(command, eventData) && command.Transaction is null)
        {
            Announce(eventData.Context, null, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Note(command, eventData) && command.Transaction is null)
        {
            await Announce(eventData.Context, null, async: true, cancellationToken);
        }

        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        if (Note(command, eventData) && command.Transaction is null)
        {
            Announce(eventData.Context, null, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        if (Note(command, eventData) && command.Transaction is null)
        {
            await Announce(eventData.Context, null, async: true, cancellationToken);
        }

        return result;
    }

    // ---------------------------------------------------------------- a save outside any transaction (one statement)

    int ISaveChangesInterceptor.SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null })
        {
            Announce(eventData.Context, null, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    async ValueTask<int> ISaveChangesInterceptor.SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken)
    {
        if (eventData.Context is { Database.CurrentTransaction: null })
        {
            await Announce(eventData.Context, null, async: true, cancellationToken);
        }

        return result;
    }

    // ---------------------------------------------------------------- transactions: SQLite inside, PostgreSQL after

    InterceptionResult IDbTransactionInterceptor.TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { } context && context.Database.IsSqlite())
        {
            Announce(context, transaction, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    async ValueTask<InterceptionResult> IDbTransactionInterceptor.TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken)
    {
        if (eventData.Context is { } context && context.Database.IsSqlite())
        {
            await Announce(context, transaction, async: true, cancellationToken);
        }

        return result;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Committed(eventData.Context);
        if (eventData.Context is { } context && !context.Database.IsSqlite())
        {
            Announce(context, null, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Committed(eventData.Context);
        if (eventData.Context is { } context && !context.Database.IsSqlite())
        {
            await Announce(context, null, async: true, cancellationToken);
        }
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // ---------------------------------------------------------------- a write read back through a reader, outside a save and a transaction

    InterceptionResult IDbConnectionInterceptor.ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            Announce(context, null, async: false, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    async ValueTask<InterceptionResult> IDbConnectionInterceptor.ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            await Announce(context, null, async: true, CancellationToken.None);
        }

        return result;
    }

    // ----------------------------------------------------------------

    /// <summary>Records the command's organisation when it writes content; true when it did.</summary>
    private static bool Note(DbCommand command, CommandEventData eventData)
    {
        // Migrations change the schema (and may run before the stamp's column exists); they start no page of their own.
        if (eventData.Context is not AppDbContext db || eventData.CommandSource == CommandSource.Migrations || !WritesContent(command.CommandText))
        {
            return false;
        }

        var changes = db.PendingContent ??= new ContentChanges();
        if (db.CurrentOrganisationId is { } organisation)
        {
            changes.Organisations.Add(organisation);
        }
        else
        {
            changes.All = true;
        }

        return true;
    }

    private static void Forget(DbContext? context)
    {
        if (context is AppDbContext db)
        {
            db.PendingContent = null;
            db.StampedInTransaction = false;
        }
    }

    /// <summary>A transaction whose new stamps were written inside it has committed: what was read before is old.</summary>
    private static void Committed(DbContext? context)
    {
        if (context is AppDbContext { StampedInTransaction: true } db)
        {
            db.StampedInTransaction = false;
            DataChanges.Moved();
        }
    }

    /// <summary>True when a statement of <paramref name="sql"/> inserts, updates or deletes rows of a content table.</summary>
    internal static bool WritesContent(string sql)
    {
        foreach (var part in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var statement = SkipComments(part);
            if (statement.Length == 0 || statement.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Target(statement) is { } table)
            {
                if (!NotContent.Contains(table))
                {
                    return true;
                }
            }
            else if (statement.StartsWith("WITH", StringComparison.OrdinalIgnoreCase) &&
                     (statement.Contains("INSERT", StringComparison.OrdinalIgnoreCase) || statement.Contains("UPDATE", StringComparison.OrdinalIgnoreCase) || statement.Contains("DELETE", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string SkipComments(string statement)
    {
        var s = statement.AsSpan().TrimStart();
        while (s.StartsWith("--", StringComparison.Ordinal))
        {
            var end = s.IndexOf('\n');
            s = end < 0 ? [] : s[(end + 1)..].TrimStart();
        }

        return s.ToString();
    }

    /// <summary>The table an INSERT, UPDATE, DELETE or REPLACE statement writes; null for any other statement.</summary>
    private static string? Target(string statement)
    {
        var words = statement.Split((char[])[' ', '\n', '\r', '\t'], 8, StringSplitOptions.RemoveEmptyEntries);
        var i = words.Length > 0 ? words[0].ToUpperInvariant() switch
        {
            "UPDATE" => 1,
            "DELETE" or "REPLACE" => 2, // DELETE FROM t, REPLACE INTO t
            "INSERT" => words.Length > 1 && words[1].Equals("OR", StringComparison.OrdinalIgnoreCase) ? 4 : 2, // INSERT [OR x] INTO t
            _ => -1,
        } : -1;
        if (i < 0 || i >= words.Length)
        {
            return null;
        }

        var name = words[i];
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            name = name[..open];
        }

        return name.Trim('"', '`', '[', ']');
    }

    /// <summary>Writes new stamps for what the context noted (once), on its own connection.</summary>
    private static async Task Announce(DbContext? context, DbTransaction? transaction, bool async, CancellationToken cancellationToken)
    {
        if (context is not AppDbContext { PendingContent: { } changes } db)
        {
            return;
        }

        db.PendingContent = null;
        if (changes.IsEmpty)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        var opened = false;
        try
        {
            if (connection.State != ConnectionState.Open)
            {
                if (async)
                {
                    await connection.OpenAsync(cancellationToken);
                }
                else
                {
                    connection.Open();
                }

                opened = true;
            }

            var sqlite = db.Database.IsSqlite();
            var stamp = Organisation.NewContentStamp();
            IEnumerable<Guid?> targets = changes.All ? [null] : changes.Organisations.Order().Select(g => (Guid?)g);
            foreach (var organisation in targets)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = organisation is null
                    ? "UPDATE \"Organisations\" SET \"ContentStamp\" = @stamp"
                    : "UPDATE \"Organisations\" SET \"ContentStamp\" = @stamp WHERE \"Id\" = @id";
                Add(command, "@stamp", stamp);
                if (organisation is { } id)
                {
                    // EF keeps a GUID on SQLite as upper-case text; PostgreSQL has a uuid type.
                    Add(command, "@id", sqlite ? id.ToString("D").ToUpperInvariant() : id);
                }

                if (async)
                {
                    await command.ExecuteNonQueryAsync(CancellationToken.None);
                }
                else
                {
                    command.ExecuteNonQuery();
                }
            }
        }
        catch (DbException e) when (transaction is null)
        {
            // The write itself has committed: failing the request now would make its author repeat it. Pages stay keyed
            // by the old stamp until the next write or, at the latest, the next minute (ADR 0038).
            db.GetService<ILoggerFactory>().CreateLogger<ContentStampInterceptor>()
                .LogWarning(e, "Could not renew the content stamp after a committed write; cached pages may lag by up to a minute.");
        }
        finally
        {
            if (transaction is null)
            {
                // The write and its new stamp have committed (inside a transaction, its commit moves it).
                DataChanges.Moved();
            }
            else
            {
                db.StampedInTransaction = true;
            }

            if (opened)
            {
                if (async)
                {
                    await connection.CloseAsync();
                }
                else
                {
                    connection.Close();
                }
            }
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
