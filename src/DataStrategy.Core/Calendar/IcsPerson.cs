namespace DataStrategy.Core.Calendar;

/// <summary>An organizer or attendee: an e-mail address (the calendar address) and a display name.</summary>
public sealed record IcsPerson(string Email, string? Name);
