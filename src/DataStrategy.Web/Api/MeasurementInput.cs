namespace DataStrategy.Web.Api;

/// <summary>Body of POST …/roadmap/kpis/{id}/measurements.</summary>
/// <param name="Value">A JSON number, at most ±10¹² (rounded to four decimals).</param>
/// <param name="MeasuredOn">"yyyy-MM-dd", not in the future.</param>
/// <param name="Note">At most 500 characters.</param>
/// <param name="NoteLanguage">The note's language ("fr", "nl", "en"); by default the request's language.</param>
public sealed record MeasurementInput(decimal Value, DateOnly MeasuredOn, string? Note, string? NoteLanguage);
