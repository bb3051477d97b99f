using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Roadmap;

namespace DataStrategy.Data.Translations;

/// <summary>
/// The longest translation each kind of text takes: the limits of the forms that edit them (a Web test holds the
/// case study and strategy numbers equal to their pages'). A kind not listed (a field made multilingual later)
/// takes <see cref="Default"/>, the shortest limit of a name.
/// </summary>
public static class ContentLimits
{
    public const int Default = 200;
    public const int StrategyTitle = 300;
    public const int StrategyText = 8000;
    public const int CaseStudyTitle = 200;
    public const int CaseStudySummary = 400;
    public const int CaseStudySection = 8000;
    public const int FigureLabel = 120;
    public const int AltText = 300;

    public static int For(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.StartsWith("Framework.", StringComparison.Ordinal))
        {
            return FrameworkJson.MaxTextLength;
        }

        if (kind.StartsWith("StrategyItem.", StringComparison.Ordinal))
        {
            return kind == "StrategyItem.title" ? StrategyTitle : StrategyText;
        }

        return kind switch
        {
            "Strategy.Title" => StrategyTitle,
            "Initiative.Title" or "Milestone.Title" => RoadmapRules.MaxTitle,
            "Initiative.Description" => RoadmapRules.MaxDescription,
            "Workstream.Name" or "DeliveryTeam.Name" or "Kpi.Name" => RoadmapRules.MaxName,
            "CaseStudy.Title" => CaseStudyTitle,
            "CaseStudy.Summary" => CaseStudySummary,
            "CaseStudy.Problem" or "CaseStudy.DataUsed" or "CaseStudy.Approach" or "CaseStudy.Outcome" or "CaseStudy.Lessons" => CaseStudySection,
            "CaseStudyFigure.Label" => FigureLabel,
            "CaseStudyImage.AltText" => AltText,
            _ => Default,
        };
    }
}
