namespace DataStrategy.Web.Api;

public sealed record MeasurementDto(Guid Id, Guid Kpi, DateOnly MeasuredOn, decimal Value, string? Note, string? NoteLanguage, DateTimeOffset RecordedAt);
