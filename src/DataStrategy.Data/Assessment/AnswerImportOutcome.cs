using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Assessment;

/// <summary>What a commit did: the batch it wrote (if any) and what it found already there.</summary>
public sealed record AnswerImportOutcome(AnswerImportStatus Status, AnswerImportOverlap Overlap, AnswerImportBatch? Batch = null);
