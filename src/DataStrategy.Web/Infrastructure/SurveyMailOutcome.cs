namespace DataStrategy.Web.Infrastructure;

/// <summary>What one "send" did: e-mails sent, people without an address, messages someone else sent (or is sending), failures.</summary>
public sealed record SurveyMailOutcome(int Sent, int WithoutAddress, int AlreadySent, int Failed);
