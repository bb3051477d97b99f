namespace DataStrategy.Web.Infrastructure;

public interface IEmailSender
{
    /// <summary>False when no mail server is configured: the caller shows the link instead.</summary>
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken);

    /// <summary>
    /// A meeting invitation: the text, and the iCalendar object (with METHOD:REQUEST) as a text/calendar part that
    /// calendar programs offer to accept, also attached as invitation.ics.
    /// </summary>
    Task SendCalendarAsync(string to, string subject, string textBody, string icalendar, CancellationToken cancellationToken);
}
