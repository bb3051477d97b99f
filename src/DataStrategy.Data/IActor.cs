namespace DataStrategy.Data;

/// <summary>Who is acting, for the audit log.</summary>
public interface IActor
{
    string? UserId { get; }

    string UserName { get; }
}
