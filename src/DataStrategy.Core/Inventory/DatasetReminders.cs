namespace DataStrategy.Core.Inventory;

/// <summary>When a steward is reminded of a dataset: once per review due date, whether the review is due or the data is stale.</summary>
public static class DatasetReminders
{
    /// <summary>
    /// The date a reminder for this dataset is sent for (kept in <c>ReminderSentFor</c> so that it goes once): its review
    /// due date, when the review is due or the data stale; <see langword="null"/> when it needs no reminder. A stale
    /// dataset is reminded once per review cycle, not every day it stays stale.
    /// </summary>
    public static DateOnly? Key(DateOnly nextReviewOn, DateTimeOffset? staleAfter, DateTimeOffset now) =>
        nextReviewOn <= DateOnly.FromDateTime(now.UtcDateTime) || (staleAfter is { } s && s < now) ? nextReviewOn : null;
}
