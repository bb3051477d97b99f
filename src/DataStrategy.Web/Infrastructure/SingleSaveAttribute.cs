namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Marks a handler that writes with exactly one SaveChanges (itself atomic): it runs without the
/// request-wide transaction, so its reads do not hold SQLite's single write lock (autosave).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SingleSaveAttribute : Attribute;
