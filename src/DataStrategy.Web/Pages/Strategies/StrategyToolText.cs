using DataStrategy.Core.Strategy;
using DataStrategy.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Strategies;

/// <summary>The words the strategy tools (RACI, translations, traceability) share: kinds, fields, languages, RACI letters and problems.</summary>
public static class StrategyToolText
{
    public const string TitleField = "title";

    public static string KindHeading(IStringLocalizer l, StrategyItemKind kind)
    {
        ArgumentNullException.ThrowIfNull(l);
        return kind switch
        {
            StrategyItemKind.Vision => l["Vision"],
            StrategyItemKind.Principle => l["Principles"],
            StrategyItemKind.Objective => l["Objectives"],
            StrategyItemKind.Service => l["Data-driven services"],
            StrategyItemKind.Role => l["Roles"],
            StrategyItemKind.Team => l["Teams"],
            StrategyItemKind.Network => l["Networks"],
            StrategyItemKind.GovernanceBody => l["Governance bodies"],
            StrategyItemKind.RaciActivity => l["RACI activities"],
            _ => kind.ToString(),
        };
    }

    public static string FieldName(IStringLocalizer l, string field)
    {
        ArgumentNullException.ThrowIfNull(l);
        return field switch
        {
            TitleField => l["Title"],
            StrategySchema.Description => l["Description"],
            StrategySchema.Outcomes => l["Expected outcomes"],
            StrategySchema.Indicators => l["Indicators"],
            StrategySchema.Problem => l["Problem addressed"],
            StrategySchema.Users => l["Users"],
            StrategySchema.DataNeeded => l["Data needed"],
            StrategySchema.Benefits => l["Benefits"],
            StrategySchema.Responsibilities => l["Responsibilities"],
            StrategySchema.Purpose => l["Purpose"],
            StrategySchema.Cadence => l["Meeting cadence"],
            StrategySchema.DecisionRights => l["Decision rights"],
            _ => field,
        };
    }

    /// <summary>"Title in Dutch": a field's label for one language.</summary>
    public static string InLanguage(IStringLocalizer l, string label, string language) => LanguageText.For(l, "{0} in {language}", language, label);

    /// <summary>"texts missing in Dutch", under a count.</summary>
    public static string MissingIn(IStringLocalizer l, string language) => LanguageText.For(l, "texts missing in {language}", language);

    public static string LanguageName(IStringLocalizer l, string language)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l["Language." + language];
    }

    public static string LetterName(IStringLocalizer l, RaciLetter letter)
    {
        ArgumentNullException.ThrowIfNull(l);
        return letter switch
        {
            RaciLetter.R => l["Responsible: does the work"],
            RaciLetter.A => l["Accountable: answers for the result and signs off (exactly one per activity)"],
            RaciLetter.C => l["Consulted: gives an opinion before the work is done"],
            _ => l["Informed: is kept up to date"],
        };
    }

    /// <summary>A RACI problem in words, naming the roles that hold A when there are several.</summary>
    public static string Problem(IStringLocalizer l, RaciProblem problem, Func<Guid, string> roleName)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roleName);
        return problem.Kind switch
        {
            RaciProblemKind.MissingAccountable => l["No one is accountable"],
            RaciProblemKind.SeveralAccountable => l["Several roles are accountable: {0}", string.Join(", ", problem.RoleIds.Select(roleName))],
            _ => l["No one is responsible"],
        };
    }
}
