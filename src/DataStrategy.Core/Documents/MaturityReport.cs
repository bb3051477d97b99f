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

    /// <summary>Summary paragraphs (plain text).</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

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

    public string Label(string key) => Labels.TryGetValue(key, out var text) ? text : key;
}

/// <summary>The label keys the report builders read.</summary>
public static class ReportLabels
{
    public const string Summary = "Summary";
    public const string Method = "Method";
    public const string Results = "Results";
    public const string ThemeScores = "ThemeScores";
    public const string Theme = "Theme";
    public const string Score = "Score";
    public const string Target = "Target";
    public const string Previous = "Previous";
    public const string Gap = "Gap";
    public const string Respondents = "Respondents";
    public const string Interval = "Interval";
    public const string TooFew = "TooFew";
    public const string HeatMap = "HeatMap";
    public const string Department = "Department";
    public const string Strengths = "Strengths";
    public const string Opportunities = "Opportunities";
    public const string Risks = "Risks";
    public const string Priorities = "Priorities";
    public const string Rank = "Rank";
    public const string Importance = "Importance";
    public const string PriorityScore = "PriorityScore";
    public const string Reasoning = "Reasoning";
    public const string ThemeDetail = "ThemeDetail";
    public const string Question = "Question";
    public const string Quotes = "Quotes";
    public const string Appendix = "Appendix";
    public const string Levels = "Levels";
    public const string None = "None";
    public const string Page = "Page";
    public const string Distribution = "Distribution";
    public const string DontKnow = "DontKnow";
}

public sealed record ReportTheme(string Id, string Name, double? Score, int? Target, double? Previous, int Respondents, double? CiLow, double? CiHigh);

public sealed record ReportHeatRow(string Department, IReadOnlyList<double?> Scores);

public sealed record ReportFinding(string Text, IReadOnlyList<string> Themes);

public sealed record ReportPriority(int Rank, string Theme, double Gap, double Importance, double Score, string? Reasoning);

public sealed record ReportQuestionRow(string Id, string Text, double? Score, IReadOnlyList<int> Distribution, double? DontKnowShare);

public sealed record ReportThemeDetail(string Name, string? Description, IReadOnlyList<ReportQuestionRow> Questions, IReadOnlyList<string> Quotes);

public sealed record ReportAppendixQuestion(string Id, string Text, IReadOnlyList<string> Descriptors);

public sealed record ReportAppendixTheme(string Name, IReadOnlyList<ReportAppendixQuestion> Questions);
