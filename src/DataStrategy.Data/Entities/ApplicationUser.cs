using Microsoft.AspNetCore.Identity;

namespace DataStrategy.Data.Entities;

public class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>May create organisations. The first administrator (setup page or CLI) has it.</summary>
    public bool IsSystemAdministrator { get; set; }

    public string? PreferredLanguage { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
