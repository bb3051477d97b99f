using DataStrategy.Core.Text;

namespace DataStrategy.Data.Entities;

/// <summary>One way to get a dataset: a file to download or an address to access it, in one format.</summary>
public sealed class DatasetDistribution
{
    /// <summary>Stable across edits: the catalogue's distribution URI is made from it.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    public LocalizedText Title { get; set; } = new();

    /// <summary>EU file-type code (CSV, JSON…).</summary>
    public string Format { get; set; } = "CSV";

    /// <summary>Where the data can be accessed (a portal page, an API); required by DCAT-AP.</summary>
    public string AccessUrl { get; set; } = "";

    /// <summary>A direct download of the file, when there is one.</summary>
    public string? DownloadUrl { get; set; }
}
