namespace DataStrategy.Data.Backup;

/// <summary>Marks a record of the backup file as the form in which it carries an entity (the coverage test reads it).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class BackupOfAttribute(Type entity) : Attribute
{
    public Type Entity { get; } = entity;
}
