namespace DataStrategy.Core.Assessment;

/// <summary>One answer read from the file; <see cref="Respondent"/> indexes <see cref="AnswerImportResult.Respondents"/>.</summary>
public readonly record struct ImportedAnswer(int Respondent, string QuestionId, AnswerState State, int? Level, int? Target, string? Evidence);
