namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>One row of the monthly check-in grid, as posted. Status and RAG are names (a number is refused, not read as an option); a value the binder cannot read is null and gets a message of ours.</summary>
public sealed class CheckInRow
{
    public Guid? Initiative { get; set; }

    public string? Status { get; set; }

    public int? Percent { get; set; }

    public string? Rag { get; set; }

    public string? Note { get; set; }

    public Guid? Version { get; set; }
}
