namespace DataStrategy.Data.Entities;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Erased,
    Imported,

    /// <summary>An import batch was undone: the responses it created were deleted.</summary>
    Undone,
}
