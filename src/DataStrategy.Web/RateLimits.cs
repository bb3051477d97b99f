namespace DataStrategy.Web;

/// <summary>The names of the rate-limit policies (configured in <see cref="Infrastructure.Startup.RateLimitSetup"/>).</summary>
public static class RateLimits
{
    public const string Login = "login";

    public const string Workshop = "workshop";

    public const string Api = "api";
}
