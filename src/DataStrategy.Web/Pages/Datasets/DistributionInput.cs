namespace DataStrategy.Web.Pages.Datasets;

/// <summary>One distribution row of the dataset form; a row left entirely empty is ignored.</summary>
public sealed class DistributionInput
{
    /// <summary>The stored distribution's id, so that its catalogue address stays the same across edits.</summary>
    public string? Id { get; set; }

    public Dictionary<string, string?> Title { get; set; } = [];

    public string? Format { get; set; }

    public string? AccessUrl { get; set; }

    public string? DownloadUrl { get; set; }

    public bool IsBlank => Infrastructure.LocalizedFields.IsBlank(Title) && string.IsNullOrWhiteSpace(AccessUrl) && string.IsNullOrWhiteSpace(DownloadUrl);
}
