namespace DataStrategy.Core.Assessment;

/// <summary>What an answer import does with respondents the campaign already holds (the same file imported before, or the same respondent keys).</summary>
public enum ExistingRespondents
{
    /// <summary>Nothing is written: the person is asked to choose.</summary>
    Refuse,

    /// <summary>Respondents already there keep their answers; only the others are imported.</summary>
    Skip,

    /// <summary>Respondents already there lose their earlier answers and get the file's.</summary>
    Replace,
}
