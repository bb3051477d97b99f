namespace DataStrategy.Data.Assessment;

/// <summary>Where an import comes from: the file (its name and SHA-256) and the person who imports it.</summary>
public sealed record AnswerImportSource(string FileName, string FileSha256, string? UserId, string UserName);
