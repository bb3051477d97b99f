namespace DataStrategy.Data.Entities;

/// <summary>A row the audit log records.</summary>
public interface IAudited
{
    Guid Id { get; }
}
