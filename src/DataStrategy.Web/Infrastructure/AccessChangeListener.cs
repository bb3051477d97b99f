using DataStrategy.Data;
using DataStrategy.Data.Saving;
using Npgsql;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Listens on PostgreSQL for changes to organisations and memberships (the triggers of the ChangeNotifications
/// migration) and moves <see cref="DataChanges.Generation"/> for each, so that <see cref="TenantCache"/> forgets what it
/// remembered. It keeps its own connection (not one of the pool), sends a keepalive every few seconds, and while it is
/// not connected the tenant cache remembers nothing; it reconnects by itself.
/// </summary>
public sealed partial class AccessChangeListener(TenantCache cache, DatabaseSettings database, ILogger<AccessChangeListener> logger) : BackgroundService
{
    public const string Channel = "dss_access_changed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Configured)
        {
            return;
        }

        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = "dss access listener",
        }.ToString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => cache.Heard();
                await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Heard from now on: anything remembered before is forgotten.
                DataChanges.Moved();
                cache.Listening = true;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                LogLost(logger, e);
            }
            finally
            {
                cache.Listening = false;
                DataChanges.Moved();
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening to PostgreSQL's change notifications; memberships are read on every request until it reconnects.")]
    private static partial void LogLost(ILogger logger, Exception exception);
}
