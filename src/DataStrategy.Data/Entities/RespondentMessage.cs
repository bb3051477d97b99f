namespace DataStrategy.Data.Entities;

/// <summary>
/// One e-mail to a respondent: for a personal survey link, the invitation (round 0) or the n-th reminder (round n);
/// for an interview, the calendar invitation of the interview's revision n (its iCalendar SEQUENCE). The row is
/// written before the e-mail leaves (a claim that is unique per link and round, so the same message goes out once
/// whatever the number of clicks or app instances), and <see cref="SentAt"/> is stamped once the mail server took it.
/// The recipient's address is not copied here: it stays the stakeholder's, and goes with it when erased.
/// </summary>
public class RespondentMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    /// <summary>The personal survey link or the interview (a campaign response) the e-mail is about.</summary>
    public Guid ResponseId { get; set; }

    /// <summary>Surveys: 0 the invitation, 1, 2, … the reminders. Interviews: the calendar revision.</summary>
    public int Round { get; set; }

    /// <summary>The language the e-mail was written in (the recipient's).</summary>
    public string Language { get; set; } = string.Empty;

    /// <summary>When the sending began: from then on nobody else sends this round.</summary>
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>When the mail server accepted it; null while sending, or when the app stopped in between (never sent twice).</summary>
    public DateTimeOffset? SentAt { get; set; }

    public bool IsReminder => Round > 0;
}
