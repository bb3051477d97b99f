using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>What the organisation already has, for resolving names and codes. Name keys are normalised
/// with <see cref="StakeholderImport.Normalize"/> (any language).</summary>
public sealed record RoadmapImportContext
{
    /// <summary>Codes of the organisation's initiatives (any case).</summary>
    public IReadOnlySet<string> ExistingCodes { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Existing dependencies as (predecessor code, successor code), to find cycles the file would close.</summary>
    public IReadOnlyList<(string Predecessor, string Successor)> ExistingDependencies { get; init; } = [];

    public IReadOnlyDictionary<string, Guid> Teams { get; init; } = new Dictionary<string, Guid>();

    public IReadOnlyDictionary<string, Guid> Workstreams { get; init; } = new Dictionary<string, Guid>();

    /// <summary>Department codes and names.</summary>
    public IReadOnlyDictionary<string, Guid> Departments { get; init; } = new Dictionary<string, Guid>();

    /// <summary>Objective titles in every language → objective IDs (several when titles collide).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Objectives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Known framework theme IDs; null accepts any well-formed ID.</summary>
    public IReadOnlySet<string>? Themes { get; init; }
}
