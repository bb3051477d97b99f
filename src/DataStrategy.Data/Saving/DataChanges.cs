namespace DataStrategy.Data.Saving;

/// <summary>
/// A number that moves on after every committed write made through a context of this process, and whenever
/// PostgreSQL announces a change to organisations or memberships made anywhere (another instance, the CLI, psql).
/// What is remembered about the database in memory (<c>TenantCache</c>, ADR 0039) is remembered with the number read
/// before it was looked up, and is good only while the number has not moved. Moving it too often only costs a query.
/// </summary>
public static class DataChanges
{
    private static long _generation;

    public static long Generation => Volatile.Read(ref _generation);

    /// <summary>Called after a commit (never before it): a reader that saw the old number must look again.</summary>
    public static void Moved() => Interlocked.Increment(ref _generation);
}
