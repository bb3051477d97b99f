namespace DataStrategy.Core.Assessment;

public enum AnswerState
{
    Level = 0,
    DontKnow = 1,
    NotApplicable = 2,
}
