using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>One distribution of a dataset as entered.</summary>
public sealed record DistributionFields(LocalizedText Title, string? Format, string? AccessUrl, string? DownloadUrl);
