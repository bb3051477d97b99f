namespace DataStrategy.Data.Entities;

/// <summary>
/// A campaign's theme scores shared with the peer benchmark by an organisation that opted in.
/// Read across organisations, only ever aggregated, and only with at least five peers.
/// </summary>
public class PeerScore
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public string FrameworkKey { get; set; } = string.Empty;

    public string ThemeId { get; set; } = string.Empty;

    public double Score { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}
