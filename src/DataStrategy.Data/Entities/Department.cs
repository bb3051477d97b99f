using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

public class Department : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    /// <summary>A short stable code, e.g. "URB"; used in imports and exports.</summary>
    public string Code { get; set; } = string.Empty;

    public LocalizedText Name { get; set; } = new();

    public DepartmentKind Kind { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
