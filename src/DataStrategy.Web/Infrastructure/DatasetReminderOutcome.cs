namespace DataStrategy.Web.Infrastructure;

/// <summary>What one round of review reminders did: messages sent, stewards without a usable address, datasets already reminded, failures.</summary>
public sealed record DatasetReminderOutcome(int Sent, int WithoutAddress, int AlreadySent, int Failed);
