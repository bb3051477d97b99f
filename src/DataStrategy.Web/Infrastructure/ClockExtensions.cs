namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// The app's clock is the injected <see cref="TimeProvider"/> (the system clock in production; tests put their own in
/// its place to move time): requests ask it through these, never <c>DateTimeOffset.UtcNow</c>.
/// </summary>
public static class ClockExtensions
{
    public static TimeProvider Clock(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<TimeProvider>();
    }

    public static DateTimeOffset UtcNow(this HttpContext context) => context.Clock().GetUtcNow();

    /// <summary>Today's date in UTC, as the roadmap counts months.</summary>
    public static DateOnly UtcToday(this HttpContext context) => DateOnly.FromDateTime(context.UtcNow().UtcDateTime);
}
