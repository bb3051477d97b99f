using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Assessment;

/// <summary>Where an import comes from: the file (its name and SHA-256) and the person who imports it.</summary>
public sealed record AnswerImportSource(string FileName, string FileSha256, string? UserId, string UserName)
{
    /// <summary>Departments the person's department mapping creates (see <see cref="AnswerDepartmentPlan"/>): written with the import, or not at all.</summary>
    public IReadOnlyList<Department> NewDepartments { get; init; } = [];
}
