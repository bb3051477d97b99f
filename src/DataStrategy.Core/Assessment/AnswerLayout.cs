namespace DataStrategy.Core.Assessment;

public enum AnswerLayout
{
    /// <summary>One row per respondent, one column per question.</summary>
    Wide,

    /// <summary>One row per answer: respondent, question, value.</summary>
#pragma warning disable CA1720 // "long" is the survey tools' own name for this layout
    Long,
#pragma warning restore CA1720
}
