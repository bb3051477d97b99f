namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The page's GET output is kept by <see cref="PageCacheMiddleware"/> under the organisation's content stamp, the reader,
/// their role, the language, the address and the minute (ADR 0038). Put it only on a page whose output depends on nothing
/// else: not on a page that writes on GET, reads a cookie of its own, or shows something that changes without a write.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedPageAttribute : Attribute;
