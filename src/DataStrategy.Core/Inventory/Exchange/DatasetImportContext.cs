namespace DataStrategy.Core.Inventory.Exchange;

/// <summary>
/// What an import is checked against: the organisation's languages, its departments (normalised code or name → id),
/// its people (upper-case e-mail → stakeholder id), the slugs already in the register, and the user's value mapping
/// (<see cref="DatasetImport.MapKey"/> → a code, an id, or <see cref="DatasetImport.LeaveEmpty"/>).
/// </summary>
public sealed record DatasetImportContext(
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, Guid> Departments,
    IReadOnlyDictionary<string, Guid> People,
    IReadOnlySet<string> ExistingSlugs,
    IReadOnlyDictionary<string, string> ValueMap);
