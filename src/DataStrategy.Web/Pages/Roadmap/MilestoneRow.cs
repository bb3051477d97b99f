namespace DataStrategy.Web.Pages.Roadmap;

public sealed class MilestoneRow
{
    public Guid? Id { get; set; }

    /// <summary>The milestone's title by language code.</summary>
    public Dictionary<string, string?> Title { get; set; } = [];

    public string? DueOn { get; set; }

    public bool Achieved { get; set; }

    public bool Delete { get; set; }
}
