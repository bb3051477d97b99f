namespace DataStrategy.Data.Entities;

/// <summary>What a personal access token may do, on top of what its member's role allows.</summary>
public enum ApiScope
{
    /// <summary>Read the organisation's data the member may see.</summary>
    Read,

    /// <summary>Read, and record roadmap check-ins and KPI measurements.</summary>
    Write,
}
