using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

[BackupOf(typeof(Framework))]
public sealed class BackupFramework
{
    public string RollUpRule { get; set; } = "mean";

    public Guid Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public int VersionNumber { get; set; }

    public FrameworkOrigin Origin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The framework document in the dss-framework JSON format.</summary>
    public string Content { get; set; } = string.Empty;
}
