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

    /// <summary>Department values that match no department's code or name, as first written, with how often they occur: offered for mapping.</summary>
    public Dictionary<string, int> UnknownDepartments { get; } = new(StringComparer.Ordinal);

    public bool IsValid => IssueCount == 0 && Answers.Count > 0;

    /// <summary>Whether respondents are named by a column of the file; without one their keys are row numbers, which name nobody.</summary>
    public bool KeyedRespondents { get; set; }

    /// <summary>A copy without the respondents whose key is in <paramref name="keys"/>, nor their answers (respondent indexes renumbered).</summary>
    public AnswerImportResult Without(IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var copy = new AnswerImportResult { KeyedRespondents = KeyedRespondents, IssueCount = IssueCount };
        copy.Issues.AddRange(Issues);
        var renumbered = new int[Respondents.Count];
        for (var i = 0; i < Respondents.Count; i++)
        {
            if (keys.Contains(Respondents[i].Key))
            {
                renumbered[i] = -1;
                continue;
            }

            renumbered[i] = copy.Respondents.Count;
            copy.Respondents.Add(Respondents[i]);
        }

        foreach (var answer in Answers)
        {
            if (renumbered[answer.Respondent] is var index and >= 0)
            {
                copy.Answers.Add(answer with { Respondent = index });
            }
        }

        return copy;
    }

    internal void Add(ImportIssue issue)
    {
        IssueCount++;
        if (Issues.Count < AnswerImport.MaxIssues)
        {
            Issues.Add(issue);
        }
    }
}
