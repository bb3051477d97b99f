namespace DataStrategy.Core.Inventory;

/// <summary>When a steward is reminded of a dataset: once per review due date, or once per missed update when only stale.</summary>
public static class DatasetReminders
{
    /// <summary>
    /// The date a reminder for this dataset is sent for (kept in <c>ReminderSentFor</c> so that it goes once): its review due
    /// date when the review is due, else the day it went stale; <see langword="null"/> when it needs no reminder.
    /// </summary>
    public static DateOnly? Key(DateOnly nextReviewOn, DateTimeOffset? staleAfter, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (nextReviewOn <= today)
        {
            return nextReviewOn;
        }

        return staleAfter is { } s && s < now ? DateOnly.FromDateTime(s.UtcDateTime) : null;
    }
}
