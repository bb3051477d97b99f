namespace DataStrategy.Core.Inventory;

/// <summary>The fields of a record of processing (GDPR Art. 30(1)), as the rules check them.</summary>
public sealed record ProcessingRecordFields(
    string? Controller,
    string? ProtectionOfficer,
    string? Purposes,
    IReadOnlyCollection<string> LegalBases,
    IReadOnlyCollection<string> SpecialCategoryConditions,
    string? DataSubjects,
    string? PersonalDataCategories,
    string? Recipients,
    string? TransfersOutsideEu,
    string? Retention,
    string? SecurityMeasures);
