using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Roadmaps;

/// <summary>One initiative's check-in for a month, already validated; the note is in <paramref name="NoteLanguage"/> (the writer's).</summary>
public sealed record CheckInEntry(Guid InitiativeId, InitiativeStatus Status, int Percent, Rag Rag, string? Note, Guid? Version, string? NoteLanguage = null);
