namespace DataStrategy.Web.Api;

public sealed record CheckInDto(Guid Id, Guid Initiative, string InitiativeCode, string Month, string Status, string Rag, int PercentComplete, string? Note, string? NoteLanguage, DateTimeOffset RecordedAt);
