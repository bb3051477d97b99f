using DataStrategy.Core.Text;

namespace DataStrategy.Data.Programme;

/// <summary>A theme's maturity score in a campaign and its change since the previous one (null when hidden or unknown).</summary>
public sealed record ThemeScore(string ThemeId, LocalizedText Name, double? Score, double? Change);
