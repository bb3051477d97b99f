namespace DataStrategy.Web.Infrastructure;

public interface IEmailSender
{
    /// <summary>False when no mail server is configured: the caller shows the link instead.</summary>
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken);
}
