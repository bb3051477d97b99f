namespace DataStrategy.Data.Entities;

/// <summary>One committed spreadsheet import of answers.</summary>
public class AnswerImportBatch : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public int Respondents { get; set; }

    public int Answers { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; set; } = DateTimeOffset.UtcNow;
}
