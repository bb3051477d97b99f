using DataStrategy.Core;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Strategies;

/// <summary>A thematic priority an objective can answer, as ranked in its campaign.</summary>
public sealed record PriorityOption(string Target, Guid CampaignId, LocalizedText CampaignName, string ThemeId, LocalizedText ThemeName, int Rank, double Score)
{
    public LocalizedText Label()
    {
        var label = new LocalizedText();
        foreach (var language in Languages.All)
        {
            label.Set(language, ThemeName.Get(language) + " (" + CampaignName.Get(language) + ")");
        }

        return label;
    }
}
