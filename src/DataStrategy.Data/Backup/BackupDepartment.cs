using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

[BackupOf(typeof(Department))]
public sealed class BackupDepartment
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public DepartmentKind Kind { get; set; }

    public Dictionary<string, string> Name { get; set; } = [];
}
