using System.Collections.ObjectModel;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Documents;

/// <summary>
/// Everything the strategy document shows, already resolved: the builder (<see cref="StrategyDocx"/>)
/// lays it out and looks nothing up outside it.
/// </summary>
public sealed class StrategyDocument
{
    /// <summary>["fr"] for a document in one language, or ["fr", "nl"] for both side by side (one column per language).</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public required LocalizedText OrganisationName { get; init; }

    public required StrategySnapshot Strategy { get; init; }

    /// <summary>The version line of the title page, per language, e.g. "Version 3 — publiée le 27/11/2026"; a missing language prints "Draft".</summary>
    public required IReadOnlyDictionary<string, string> VersionText { get; init; }

    /// <summary>PNG or JPEG bytes; anything else is left out of the document.</summary>
    public byte[]? Logo { get; init; }

    /// <summary>"image/png" or "image/jpeg"; informative only, the builder trusts the bytes.</summary>
    public string? LogoContentType { get; init; }

    /// <summary>RRGGBB for headings and table headers; an invalid value falls back to the default.</summary>
    public string AccentColour { get; init; } = StrategyDocx.DefaultAccentColour;

    /// <summary>Stakeholder ID → "Name (Department)"; a holder missing here (erased, or unknown) prints as an anonymised person.</summary>
    public IReadOnlyDictionary<Guid, string> HolderNames { get; init; } = ReadOnlyDictionary<Guid, string>.Empty;

    /// <summary>The roadmap chapter; null (or empty) leaves it out.</summary>
    public RoadmapSection? Roadmap { get; init; }
}
