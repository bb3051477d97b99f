using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Backup;

/// <summary>A finding's evidence: a note, or an answer named by its response and question.</summary>
[BackupOf(typeof(FindingEvidence))]
public sealed class BackupEvidence
{
    public Guid Id { get; set; }

    public Guid FindingId { get; set; }

    public Guid? NoteId { get; set; }

    public Guid? AnswerResponseId { get; set; }

    public string? AnswerQuestionId { get; set; }
}
