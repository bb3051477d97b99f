namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Marks a handler that runs without the request-wide transaction: it writes with exactly one SaveChanges (itself
/// atomic), or writes through a method that makes its own statements safe on their own (autosave:
/// <c>AnswerUpsert.SaveFieldAsync</c>), so that its reads do not hold SQLite's single write lock.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SingleSaveAttribute : Attribute;
