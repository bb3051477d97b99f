namespace DataStrategy.Core.Documents;

/// <summary>The label keys the report builders read; the words are <see cref="DocumentTexts.Report"/>.</summary>
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
    public const string ExecutiveSummary = "ExecutiveSummary";
    public const string Topics = "Topics";
    public const string Topic = "Topic";
    public const string NoTarget = "NoTarget";
    public const string Recommendations = "Recommendations";
    public const string Inventory = "Inventory";
    public const string Indicator = "Indicator";
    public const string Value = "Value";
}
