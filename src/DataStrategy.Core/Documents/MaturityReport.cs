namespace DataStrategy.Core.Documents;

/// <summary>
/// Everything the maturity report shows, already in the reader's language and already suppressed
/// (a null score means "too few answers"). Builders (DOCX) only lay it out.
/// </summary>
public sealed class MaturityReport
{
    /// <summary>"fr", "nl" or "en": the document's language tag.</summary>
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string OrganisationName { get; init; }

    public required string CampaignName { get; init; }

    public required string FrameworkName { get; init; }

    /// <summary>Date shown on the title page, already formatted for the language.</summary>
    public required string DateText { get; init; }

    /// <summary>Headings and captions, by key; see <see cref="ReportLabels"/> for the keys a builder uses.</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Summary paragraphs (plain text): the key sentences of the executive summary.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>The recommendations, best first: one per ranked priority below its target.</summary>
    public IReadOnlyList<ReportRecommendation> Recommendations { get; init; } = [];

    /// <summary>The framework's topics × the themes; empty when the framework has no topics.</summary>
    public IReadOnlyList<ReportTopicRow> Topics { get; init; } = [];

    /// <summary>Method paragraphs: who answered, how many answers, the roll-up rule, the minimum group size.</summary>
    public IReadOnlyList<string> Method { get; init; } = [];

    /// <summary>Level names, index 0 = level 1.</summary>
    public IReadOnlyList<string> LevelNames { get; init; } = [];

    public IReadOnlyList<ReportTheme> Themes { get; init; } = [];

    /// <summary>Whether any theme has a previous score (change since the previous campaign).</summary>
    public bool HasPrevious => Themes.Any(t => t.Previous is not null);

    /// <summary>Department × theme scores; a null cell is "too few answers".</summary>
    public IReadOnlyList<ReportHeatRow> HeatMap { get; init; } = [];

    public IReadOnlyList<ReportFinding> Strengths { get; init; } = [];

    public IReadOnlyList<ReportFinding> Opportunities { get; init; } = [];

    /// <summary>Risks and points of disagreement.</summary>
    public IReadOnlyList<ReportFinding> Risks { get; init; } = [];

    public IReadOnlyList<ReportPriority> Priorities { get; init; } = [];

    public IReadOnlyList<ReportThemeDetail> Details { get; init; } = [];

    public IReadOnlyList<ReportAppendixTheme> Appendix { get; init; } = [];

    /// <summary>The data inventory's indicators as sentences (<see cref="InventorySentences"/>); empty leaves the section out.</summary>
    public IReadOnlyList<string> Inventory { get; init; } = [];

    /// <summary>The same indicators as a table: label and "part of whole (share)".</summary>
    public IReadOnlyList<ReportIndicatorRow> InventoryRows { get; init; } = [];

    public string Label(string key) => Labels.TryGetValue(key, out var text) ? text : key;
}
