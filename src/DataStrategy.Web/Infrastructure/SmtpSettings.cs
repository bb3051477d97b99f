namespace DataStrategy.Web.Infrastructure;

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
