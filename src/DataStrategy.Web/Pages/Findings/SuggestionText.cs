using DataStrategy.Core.Analysis;
using DataStrategy.Core.Text;
using DataStrategy.Data.Analysis;
using DataStrategy.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Findings;

/// <summary>The text of a suggested finding, in every language.</summary>
public static class SuggestionText
{
    public static LocalizedText For(SuggestedFinding suggestion, CampaignAnalysis analysis, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(analysis);
        var theme = analysis.Definition.Theme(suggestion.ThemeId)?.Name ?? LocalizedText.Of(en: suggestion.ThemeId);
        switch (suggestion.Kind)
        {
            case FindingKind.Strength:
                {
                    var insight = analysis.Themes.First(t => t.Id == suggestion.Id);
                    return EveryLanguage.Text(l, "{0} is a strength: it scores {1} of {2}, with broad agreement.", theme, Format(insight.Score), analysis.Definition.MaxLevel);
                }

            case FindingKind.Opportunity:
                {
                    var insight = analysis.Themes.First(t => t.Id == suggestion.Id);
                    return EveryLanguage.Text(l, "{0} is an opportunity: it scores {1} against a target of {2}, a gap of {3}.", theme, Format(insight.Score), insight.Target, Format(insight.Gap));
                }

            default:
                {
                    var question = analysis.Definition.Question(suggestion.Id)?.Text ?? LocalizedText.Of(en: suggestion.Id);
                    var insight = analysis.Questions.First(q => q.Id == suggestion.Id);
                    return EveryLanguage.Text(l, "People see “{0}” ({1}) differently: answers spread with a standard deviation of {2}.", question, theme, Format(insight.StandardDeviation));
                }
        }
    }

    /// <summary>
    /// One decimal, written by each language's culture ("2,8", "2.8"): a decimal keeps its scale, so 3 is "3,0";
    /// no value is a dash.
    /// </summary>
    private static Shown Format(double? value) =>
        new(value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 1, MidpointRounding.AwayFromZero) + 0.0m : null);

    /// <summary>A number as <see cref="EveryLanguage"/> writes it in each culture, or a dash.</summary>
    private readonly record struct Shown(decimal? Value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => Value?.ToString(format, formatProvider) ?? "–";

        public override string ToString() => ToString(null, System.Globalization.CultureInfo.CurrentCulture);
    }
}
