namespace DataStrategy.Data.Entities;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Erased,
    Imported,
}
