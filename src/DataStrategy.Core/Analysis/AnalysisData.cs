namespace DataStrategy.Core.Analysis;

/// <summary>
/// A campaign's answers in columnar form: one array per column, indexes instead of IDs, so the
/// kernel is a single pass over plain arrays (see docs/benchmarks.md). Build it with
/// <see cref="AnalysisDataBuilder"/>.
/// </summary>
public sealed class AnalysisData
{
    /// <summary>Stored value of a "don't know" answer.</summary>
    public const sbyte DontKnow = 0;

    /// <summary>Stored value of a "not applicable" answer.</summary>
    public const sbyte NotApplicable = -1;

    internal AnalysisData(
        int maxLevel,
        AnalysisStructure structure,
        string[] departments,
        int[] departmentKind,
        int[] respondentDepartment,
        int[] respondentKind,
        int[] answerRespondent,
        int[] answerQuestion,
        sbyte[] answerValue,
        int answerCount)
    {
        MaxLevel = maxLevel;
        Structure = structure;
        Departments = departments;
        DepartmentKind = departmentKind;
        RespondentDepartment = respondentDepartment;
        RespondentKind = respondentKind;
        AnswerRespondent = answerRespondent;
        AnswerQuestion = answerQuestion;
        AnswerValue = answerValue;
        AnswerCount = answerCount;
    }

    /// <summary>Levels run from 1 to this value.</summary>
    public int MaxLevel { get; }

    public AnalysisStructure Structure { get; }

    /// <summary>Department keys; respondents point into this list.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>The kind (0…<see cref="KindCount"/>-1) of each department.</summary>
    internal int[] DepartmentKind { get; }

    /// <summary>Department index of each respondent, or -1.</summary>
    internal int[] RespondentDepartment { get; }

    /// <summary>Respondent type of each respondent (0…<see cref="KindCount"/>-1).</summary>
    internal int[] RespondentKind { get; }

    internal int[] AnswerRespondent { get; }

    internal int[] AnswerQuestion { get; }

    /// <summary>1…MaxLevel, <see cref="DontKnow"/> or <see cref="NotApplicable"/>.</summary>
    internal sbyte[] AnswerValue { get; }

    public int AnswerCount { get; }

    public int RespondentCount => RespondentDepartment.Length;

    /// <summary>Department kinds and respondent types are small enumerations; 8 is their upper bound.</summary>
    public const int KindCount = 8;

    public int DepartmentKindOf(int department) => DepartmentKind[department];
}
