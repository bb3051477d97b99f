using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Assessment;

public sealed class AnswerImportResult
{
    public List<ImportedRespondent> Respondents { get; } = [];

    public List<ImportedAnswer> Answers { get; } = [];

    public List<ImportIssue> Issues { get; } = [];

    /// <summary>All problems found; <see cref="Issues"/> keeps the first <see cref="AnswerImport.MaxIssues"/>.</summary>
    public int IssueCount { get; set; }

    /// <summary>Cell values no rule could read, with how often they occur: offered for mapping.</summary>
    public Dictionary<string, int> UnknownValues { get; } = new(StringComparer.Ordinal);

    public bool IsValid => IssueCount == 0 && Answers.Count > 0;

    internal void Add(ImportIssue issue)
    {
        IssueCount++;
        if (Issues.Count < AnswerImport.MaxIssues)
        {
            Issues.Add(issue);
        }
    }
}
