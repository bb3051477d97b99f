namespace DataStrategy.Core.Calendar;

/// <summary>One meeting as an iCalendar VEVENT (RFC 5545).</summary>
/// <param name="Uid">Stable per meeting: a new file for the same meeting updates it in the calendar instead of adding another.</param>
/// <param name="Sequence">The meeting's revision: a later revision has a greater number.</param>
/// <param name="Language">The language of the summary and description (the LANGUAGE parameter).</param>
/// <param name="Method">"REQUEST" for an invitation sent by e-mail (RFC 5546); null for a plain calendar file.</param>
public sealed record IcsEvent(
    string Uid,
    DateTimeOffset Stamp,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string? Description,
    string? Language,
    IcsPerson? Organizer,
    IcsPerson? Attendee,
    int Sequence = 0,
    string? Method = null);
