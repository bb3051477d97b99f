namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>One row of the monthly check-in grid, as posted (text, so that every wrong value gets a message of ours).</summary>
public sealed class CheckInRow
{
    public string? Initiative { get; set; }

    public string? Status { get; set; }

    public string? Percent { get; set; }

    public string? Rag { get; set; }

    public string? Note { get; set; }

    public string? Version { get; set; }
}
