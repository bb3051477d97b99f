namespace DataStrategy.Data.Surveys;

/// <summary>A personal link not answered to the end: who may need a reminder.</summary>
/// <param name="Invited">Whether the invitation e-mail went out (the link may also have been handed over another way).</param>
/// <param name="Reminders">Reminder e-mails sent.</param>
/// <param name="LastContactAt">When the last e-mail (invitation or reminder) was sent or began to be sent; null: never.</param>
public sealed record PendingRespondent(Guid ResponseId, Guid CampaignId, Guid? StakeholderId, Guid? DepartmentId, Entities.ResponseStatus Status, DateTimeOffset LinkCreatedAt, bool Invited, int Reminders, int LastRound, DateTimeOffset? LastContactAt)
{
    /// <summary>
    /// The reminder rule: due when the last e-mail (or, for a link handed over without one, the link's creation)
    /// is at least <paramref name="afterDays"/> days old.
    /// </summary>
    public bool DueForReminder(DateTimeOffset now, int afterDays) => (LastContactAt ?? LinkCreatedAt) <= now.AddDays(-afterDays);

    /// <summary>The round of the next reminder (1 for the first).</summary>
    public int NextReminderRound => Math.Max(1, LastRound + 1);
}
