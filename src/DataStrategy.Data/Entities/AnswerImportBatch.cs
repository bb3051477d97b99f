namespace DataStrategy.Data.Entities;

/// <summary>
/// One committed spreadsheet import of answers: who, when, which file (name and SHA-256), and which respondents it
/// wrote. The responses it created carry its ID (<see cref="CampaignResponse.ImportBatchId"/>); undoing the batch
/// deletes exactly those that are still there, and keeps this row as the record that it happened.
/// </summary>
public class AnswerImportBatch : ITenantOwned
{
    public const int MaxFileNameLength = 260;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrganisationId { get; set; }

    public Guid CampaignId { get; set; }

    public string FileName { get; set; } = string.Empty;

    /// <summary>The file's SHA-256, 64 lower-case hexadecimal digits (empty for batches imported before it was kept).</summary>
    public string FileSha256 { get; set; } = string.Empty;

    /// <summary>Respondents this batch wrote (created, or whose answers it replaced).</summary>
    public int Respondents { get; set; }

    public int Answers { get; set; }

    /// <summary>Respondents of the file that were already there and kept their answers.</summary>
    public int Skipped { get; set; }

    /// <summary>Respondents of the file that were already there and whose answers this batch replaced.</summary>
    public int Replaced { get; set; }

    /// <summary>The respondent keys this batch wrote, as a JSON array of strings (empty when the file names no respondent).</summary>
    public string RespondentKeys { get; set; } = "[]";

    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTimeOffset ImportedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>When the batch was undone (its responses deleted); null while its answers count.</summary>
    public DateTimeOffset? UndoneAt { get; set; }

    public string? UndoneByName { get; set; }

    public IReadOnlyList<string> ReadRespondentKeys() =>
        System.Text.Json.JsonSerializer.Deserialize<List<string>>(string.IsNullOrEmpty(RespondentKeys) ? "[]" : RespondentKeys) ?? [];
}
