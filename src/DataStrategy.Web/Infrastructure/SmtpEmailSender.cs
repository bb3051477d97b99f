using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DataStrategy.Web.Infrastructure;

public sealed class SmtpEmailSender(Microsoft.Extensions.Options.IOptions<SmtpSettings> options) : IEmailSender
{
    private readonly SmtpSettings _settings = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_settings.Host);

    public Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken) =>
        SendAsync(to, subject, new TextPart("plain") { Text = textBody }, cancellationToken);

    public Task SendCalendarAsync(string to, string subject, string textBody, string icalendar, CancellationToken cancellationToken)
    {
        // multipart/mixed { multipart/alternative { text/plain, text/calendar; method=REQUEST }, invitation.ics }: the
        // form Outlook, Gmail and Thunderbird all show as an invitation to accept, and that others show as a file.
        var calendar = new TextPart("calendar") { Text = icalendar, ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        calendar.ContentType.Parameters.Add("method", "REQUEST");
        calendar.ContentType.Charset = "utf-8";
        var alternative = new MultipartAlternative { new TextPart("plain") { Text = textBody }, calendar };
        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(icalendar))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invitation.ics",
        };
        return SendAsync(to, subject, new Multipart("mixed") { alternative, attachment }, cancellationToken);
    }

    private async Task SendAsync(string to, string subject, MimeEntity body, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = body;
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
