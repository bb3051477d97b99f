using System.Collections.Concurrent;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>
/// Started hosts with the default settings, kept between tests. Starting the app costs far more than the test that
/// follows (dependency injection, Razor Pages' endpoints, localisation, the migration check), so a test returns its
/// host when it ends; the host is reset (its database copied again from the template, caches and background work
/// dropped) and the next test that wants the same start gets it. Tests run one at a time per host, as each test class
/// runs its tests in turn and a test holds its host until it ends.
/// </summary>
public static class HostPool
{
    /// <summary>Limits far above what any test does: the tests of the limits themselves take hosts of their own.</summary>
    private static readonly Dictionary<string, string?> PooledSettings = new()
    {
        ["Security:LoginAttemptsPerMinute"] = DssApp.DefaultLoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Security:WorkshopRequestsPer10Seconds"] = "100000",
        ["Security:ApiRequestsPerMinute"] = "100000",
        ["Security:PublicApiRequestsPerMinute"] = "100000",
    };

    private static readonly ConcurrentDictionary<TestData, ConcurrentBag<DssHost>> Idle = new();

    public static DssHost Lease(TestData data) =>
        Idle.GetOrAdd(data, _ => []).TryTake(out var host) ? host : new DssHost(data, PooledSettings);

    /// <summary>Resets the host for the next test; a host that cannot be reset is thrown away.</summary>
    public static void Return(DssHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            // Off xunit's synchronisation context, so that blocking here cannot deadlock.
            Task.Run(host.ResetAsync).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The next test starts a host of its own instead.
            Console.Error.WriteLine($"A pooled test host could not be reset and is thrown away: {e.Message}");
            host.Dispose();
            return;
        }

        Idle.GetOrAdd(host.Data, _ => []).Add(host);
    }
}
