using DataStrategy.Data.Analysis;

namespace DataStrategy.Web.Pages.Analysis;

internal static class CampaignAnalysisExtensions
{
    public static IReadOnlyList<string> Structure(this CampaignAnalysis analysis) => analysis.Result.Structure.ThemeIds;
}
