using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DataStrategy.Web.Infrastructure;

public interface IEmailSender
{
    /// <summary>False when no mail server is configured: the caller shows the link instead.</summary>
    bool IsConfigured { get; }

    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken);
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@localhost";

    /// <summary>Auto (STARTTLS when offered), None, SslOnConnect, StartTls.</summary>
    public string Security { get; set; } = "Auto";
}

public sealed class SmtpEmailSender(Microsoft.Extensions.Options.IOptions<SmtpSettings> options) : IEmailSender
{
    private readonly SmtpSettings _settings = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_settings.Host);

    public async Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(_settings.Security, true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(_settings.Host!, _settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_settings.UserName))
        {
            await client.AuthenticateAsync(_settings.UserName, _settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
