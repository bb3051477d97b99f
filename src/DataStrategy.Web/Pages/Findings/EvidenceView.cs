using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>
/// A piece of evidence as the reader may see it: the respondent named only to those who may see respondents.
/// <paramref name="Text"/> is in <paramref name="Language"/>, the language it was written or said in; an answer's
/// <paramref name="Answered"/> ("Answered level 3") is in the reader's language.
/// </summary>
public sealed record EvidenceView(Guid? NoteId, long? AnswerId, NoteKind? Kind, string Text, string? Language, string? Respondent, string? QuestionId, string? Answered = null);
