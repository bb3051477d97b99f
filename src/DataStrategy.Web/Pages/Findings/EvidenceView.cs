using DataStrategy.Data.Entities;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>A piece of evidence as the reader may see it: the respondent named only to those who may see respondents.</summary>
public sealed record EvidenceView(Guid? NoteId, long? AnswerId, NoteKind? Kind, string Text, string? Respondent, string? QuestionId);
