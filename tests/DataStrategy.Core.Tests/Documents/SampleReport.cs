using DataStrategy.Core.Documents;

namespace DataStrategy.Core.Tests.Documents;

/// <summary>A realistic maturity report (7 themes, 5 levels, suppressed cells, hostile user text) for document builder tests.</summary>
public static class SampleReport
{
    public const string ScriptText = "<script>alert(1)</script>";
    public const string HyperlinkFormula = "=HYPERLINK(\"http://evil.example/?q=1\",\"click\")";
    public const string CmdFormula = "=cmd|' /C calc'!A0";

    /// <summary>Text with a control character (U+0001) that XML 1.0 cannot hold; it must be dropped, the rest kept.</summary>
    public const string ControlCharText = "Before\u0001After control character";

    /// <summary>A quote said in Dutch, kept in Dutch whatever the report's language.</summary>
    public const string DutchQuote = "We hebben veel data, maar niemand weet wie er eigenaar van is.";

    public static readonly string LongText = string.Concat(Enumerable.Repeat(
        "Les équipes partagent leurs données de manière informelle, sans catalogue ni propriétaire désigné; ", 12)).TrimEnd();

    public static IReadOnlyList<string> ThemeNames { get; } =
    [
        "Data governance",
        "Data quality",
        "Data architecture",
        "Skills & culture",
        "Open data",
        "Privacy & security",
        "Analytics & AI",
    ];

    public static MaturityReport Create(string language) => new()
    {
        Language = language,
        Title = Pick(language, "Rapport de maturité data", "Datamaturiteitsrapport", "Data maturity report"),
        OrganisationName = "Ville de Bruxelles & CPAS",
        CampaignName = "Campaign 2025 — spring",
        FrameworkName = "City data maturity framework v2",
        DateText = Pick(language, "12 mars 2025", "12 maart 2025", "12 March 2025"),
        Labels = Labels(language),
        Summary =
        [
            "The organisation reaches an average level of 2.8 out of 5, with strong governance and weak analytics.",
            "Respondents agree on quality issues; opinions diverge on open data. " + ScriptText,
            LongText,
        ],
        Method =
        [
            "142 people in 6 departments answered 35 questions between 1 and 28 February 2025.",
            "Scores are the mean of the answered levels; \"don't know\" answers are excluded. Groups of fewer than 5 respondents are not shown.",
        ],
        LevelNames = ["Initial", "Developing", "Defined", "Managed", "Optimised"],
        Themes =
        [
            new("gov", ThemeNames[0], 3.14, 4, 2.9, 120, 2.9, 3.4),
            new("qual", ThemeNames[1], 2.46, 4, 2.5, 118, 2.2, 2.7),
            new("arch", ThemeNames[2], 2.81, 3, null, 97, 2.5, 3.1),
            new("skills", ThemeNames[3], 2.05, 3, 1.8, 131, 1.8, 2.3),
            new("open", ThemeNames[4], null, 4, 2.2, 3, null, null),
            new("privacy", ThemeNames[5], 3.62, 4, 3.5, 125, 3.4, 3.9),
            new("ai", ThemeNames[6], 1.73, null, 1.6, 88, 1.5, 2.0),
        ],
        HeatMap =
        [
            new("Finance", [3.4, 2.7, 3.0, 2.2, null, 3.9, 1.9]),
            new("IT", [3.8, 3.1, 3.6, 2.6, 2.9, 4.2, 2.8]),
            new("Urbanisme", [2.6, 2.0, null, 1.7, null, 3.1, 1.2]),
            new("Ressources humaines " + CmdFormula, [2.9, 2.4, 2.5, 2.3, null, 3.6, null]),
            new("Communication", [1.0, 1.5, 2.0, 4.5, 5.0, 3.0, 1.1]),
        ],
        Strengths =
        [
            new("Clear data ownership for finance and HR data.", [ThemeNames[0]]),
            new("Privacy impact assessments are routine.", [ThemeNames[5], ThemeNames[0]]),
        ],
        Opportunities =
        [
            new("Publish the parking and mobility datasets " + HyperlinkFormula, [ThemeNames[4]]),
            new(LongText, [ThemeNames[2], ThemeNames[6]]),
        ],
        Risks =
        [
            new("Departments disagree strongly on data quality (IT vs. Urbanisme).", [ThemeNames[1]]),
            new(ControlCharText, []),
        ],
        Priorities =
        [
            new(1, ThemeNames[1], 1.54, 4.5, 6.9, "Large gap to target and high importance for every department."),
            new(2, ThemeNames[3], 0.95, 4.1, 3.9, "Training is a prerequisite for the other themes. " + ScriptText),
            new(3, ThemeNames[0], 0.86, 3.9, 3.4, null),
        ],
        Details = ThemeNames.Select((name, t) => new ReportThemeDetail(
            name,
            t == 2 ? null : $"How the organisation handles {name.ToLowerInvariant()}.",
            Enumerable.Range(1, 5).Select(q => new ReportQuestionRow(
                $"Q{t + 1}.{q}",
                q == 5 ? LongText : $"To what extent does the organisation manage {name.ToLowerInvariant()} aspect {q}?",
                t == 4 && q > 2 ? null : 1.5 + (0.37 * ((t + q) % 8)),
                [q + t, 8 + q, 12 - t, 5 + t, q],
                q == 3 ? null : 0.05 * q)).ToList(),
            t switch
            {
                0 => [new ReportQuote("We finally know who owns which dataset.", "en"), new ReportQuote("Nobody reads the data policy " + ScriptText, null)],
                1 => [new ReportQuote(HyperlinkFormula, null), new ReportQuote(ControlCharText, null), new ReportQuote(LongText, "fr")],
                3 => [new ReportQuote(CmdFormula, null), new ReportQuote(DutchQuote, "nl")],
                _ => [],
            })).ToList(),
        Appendix = ThemeNames.Select((name, t) => new ReportAppendixTheme(
            name,
            Enumerable.Range(1, 5).Select(q => new ReportAppendixQuestion(
                $"Q{t + 1}.{q}",
                $"To what extent does the organisation manage {name.ToLowerInvariant()} aspect {q}?",
                ["Nothing is in place.", "Ad hoc practices in some teams.", "Documented and applied in most teams.", "Measured and managed across the organisation.", "Continuously improved " + (q == 1 ? ScriptText : "with feedback loops.")])).ToList())).ToList(),
    };

    /// <summary>A report with no findings, priorities, details, heat map or themes.</summary>
    public static MaturityReport CreateEmpty(string language) => new()
    {
        Language = language,
        Title = "Empty report",
        OrganisationName = "Org",
        CampaignName = "Campaign",
        FrameworkName = "Framework",
        DateText = "2025-01-01",
        Labels = Labels(language),
        LevelNames = ["One", "Two", "Three", "Four"],
    };

    public static IReadOnlyDictionary<string, string> Labels(string language) => language switch
    {
        "fr" => new Dictionary<string, string>
        {
            ["Summary"] = "Résumé",
            ["Method"] = "Méthode",
            ["Results"] = "Résultats",
            ["ThemeScores"] = "Scores par thème",
            ["Theme"] = "Thème",
            ["Score"] = "Score",
            ["Target"] = "Cible",
            ["Previous"] = "Précédent",
            ["Gap"] = "Écart",
            ["Respondents"] = "Répondants",
            ["Interval"] = "Intervalle",
            ["TooFew"] = "Trop peu",
            ["HeatMap"] = "Carte thermique",
            ["Department"] = "Département",
            ["Strengths"] = "Forces",
            ["Opportunities"] = "Opportunités",
            ["Risks"] = "Risques et désaccords",
            ["Priorities"] = "Priorités",
            ["Rank"] = "Rang",
            ["Importance"] = "Importance",
            ["PriorityScore"] = "Score de priorité",
            ["Reasoning"] = "Justification",
            ["ThemeDetail"] = "Détail par thème",
            ["Question"] = "Question",
            ["Quotes"] = "Citations",
            ["Appendix"] = "Annexe : le référentiel",
            ["Levels"] = "Niveaux",
            ["None"] = "Aucun",
            ["Page"] = "Page",
        },
        "nl" => new Dictionary<string, string>
        {
            ["Summary"] = "Samenvatting",
            ["Method"] = "Methode",
            ["Results"] = "Resultaten",
            ["ThemeScores"] = "Scores per thema",
            ["Theme"] = "Thema",
            ["Score"] = "Score",
            ["Target"] = "Doel",
            ["Previous"] = "Vorige",
            ["Gap"] = "Kloof",
            ["Respondents"] = "Respondenten",
            ["Interval"] = "Interval",
            ["TooFew"] = "Te weinig",
            ["HeatMap"] = "Heatmap",
            ["Department"] = "Afdeling",
            ["Strengths"] = "Sterktes",
            ["Opportunities"] = "Kansen",
            ["Risks"] = "Risico's en onenigheid",
            ["Priorities"] = "Prioriteiten",
            ["Rank"] = "Rang",
            ["Importance"] = "Belang",
            ["PriorityScore"] = "Prioriteitsscore",
            ["Reasoning"] = "Motivering",
            ["ThemeDetail"] = "Detail per thema",
            ["Question"] = "Vraag",
            ["Quotes"] = "Citaten",
            ["Appendix"] = "Bijlage: het kader",
            ["Levels"] = "Niveaus",
            ["None"] = "Geen",
            ["Page"] = "Pagina",
        },
        _ => new Dictionary<string, string>
        {
            ["Summary"] = "Summary",
            ["ExecutiveSummary"] = "Executive summary",
            ["Recommendations"] = "Recommendations",
            ["Topics"] = "Topics and themes",
            ["Topic"] = "Topic",
            ["NoTarget"] = "no target set",
            ["Method"] = "Method",
            ["Results"] = "Results",
            ["ThemeScores"] = "Scores by theme",
            ["Theme"] = "Theme",
            ["Score"] = "Score",
            ["Target"] = "Target",
            ["Previous"] = "Previous",
            ["Gap"] = "Gap",
            ["Respondents"] = "Respondents",
            ["Interval"] = "Interval",
            ["TooFew"] = "Too few answers",
            ["HeatMap"] = "Heat map",
            ["Department"] = "Department",
            ["Strengths"] = "Strengths",
            ["Opportunities"] = "Opportunities",
            ["Risks"] = "Risks and disagreements",
            ["Priorities"] = "Priorities",
            ["Rank"] = "Rank",
            ["Importance"] = "Importance",
            ["PriorityScore"] = "Priority score",
            ["Reasoning"] = "Reasoning",
            ["ThemeDetail"] = "Theme detail",
            ["Question"] = "Question",
            ["Quotes"] = "Quotes",
            ["Appendix"] = "Appendix: the framework",
            ["Levels"] = "Levels",
            ["None"] = "None",
            ["Page"] = "Page",
        },
    };

    private static string Pick(string language, string fr, string nl, string en) => language switch
    {
        "fr" => fr,
        "nl" => nl,
        _ => en,
    };
}
