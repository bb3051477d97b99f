namespace DataStrategy.Web.Api;

/// <param name="Initiative">The initiative's id or its code ("I-07").</param>
/// <param name="Status">Proposed, Planned, InProgress, Done, OnHold or Cancelled.</param>
/// <param name="PercentComplete">0 to 100.</param>
/// <param name="Rag">None, Green, Amber or Red.</param>
/// <param name="Note">At most 500 characters.</param>
/// <param name="NoteLanguage">The note's language ("fr", "nl", "en"); by default the request's language.</param>
/// <param name="Version">The initiative's version as read; when given, a change by someone else since is refused (409).</param>
public sealed record CheckInEntryInput(string Initiative, string Status, int PercentComplete, string Rag, string? Note, string? NoteLanguage, Guid? Version);
