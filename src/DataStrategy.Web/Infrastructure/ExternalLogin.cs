namespace DataStrategy.Web.Infrastructure;

public static class ExternalLogin
{
    public const string Scheme = "oidc";
}
