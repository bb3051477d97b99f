namespace DataStrategy.Web.Pages.Roadmap;

public sealed class MilestoneRow
{
    public Guid? Id { get; set; }

    public string? TitleFr { get; set; }

    public string? TitleNl { get; set; }

    public string? TitleEn { get; set; }

    public string? DueOn { get; set; }

    public bool Achieved { get; set; }

    public bool Delete { get; set; }
}
