namespace DataStrategy.Web.Api;

/// <summary>Body of POST …/roadmap/check-ins: a month and one entry per initiative, saved all together or not at all.</summary>
/// <param name="Month">"yyyy-MM": a month of the roadmap up to the current one.</param>
public sealed record CheckInInput(string Month, IReadOnlyList<CheckInEntryInput> Entries);
