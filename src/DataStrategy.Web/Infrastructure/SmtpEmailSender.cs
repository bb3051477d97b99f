using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DataStrategy.Web.Infrastructure;

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
