using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Data.Entities;

/// <summary>A person the programme involves. Every field but the department is personal data.</summary>
public class Stakeholder : ITenantOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    [PersonalData]
    public string Name { get; set; } = string.Empty;

    [PersonalData]
    public string? JobTitle { get; set; }

    public Guid? DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>The language the person works in: their job title is written in it, and they are interviewed in it.</summary>
    [PersonalData]
    public string? Language { get; set; }

    [PersonalData]
    public string? Email { get; set; }

    [PersonalData]
    public string? Notes { get; set; }

    /// <summary>The language the notes were written in (the writer's interface language when they last changed).</summary>
    public string? NotesLanguage { get; set; }

    /// <summary>Set when the person's data was erased (GDPR); the row stays so references survive, anonymised.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsErased => ErasedAt is not null;
}
