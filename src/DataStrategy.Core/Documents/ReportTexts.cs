using System.Globalization;

namespace DataStrategy.Core.Documents;

/// <summary>
/// The report's own words in French, Dutch and English. They live here, not in the web
/// application's resources, because the CLI writes the same report without the web application.
/// </summary>
public static class ReportTexts
{
    private static readonly Dictionary<string, (string En, string Fr, string Nl)> Texts = new(StringComparer.Ordinal)
    {
        ["Title"] = ("Data maturity report", "Rapport de maturité des données", "Rapport datamaturiteit"),
        [ReportLabels.Summary] = ("Summary", "Synthèse", "Samenvatting"),
        [ReportLabels.Method] = ("Method", "Méthode", "Methode"),
        [ReportLabels.Results] = ("Results by theme", "Résultats par thème", "Resultaten per thema"),
        [ReportLabels.ThemeScores] = ("Theme scores, intervals and targets", "Scores par thème, intervalles et cibles", "Scores per thema, intervallen en doelen"),
        [ReportLabels.Theme] = ("Theme", "Thème", "Thema"),
        [ReportLabels.Score] = ("Score", "Score", "Score"),
        [ReportLabels.Target] = ("Target", "Cible", "Doel"),
        [ReportLabels.Previous] = ("Previous", "Précédent", "Vorige"),
        [ReportLabels.Gap] = ("Gap", "Écart", "Kloof"),
        [ReportLabels.Respondents] = ("Respondents", "Répondants", "Respondenten"),
        [ReportLabels.Interval] = ("95% interval", "Intervalle à 95 %", "95%-interval"),
        [ReportLabels.TooFew] = ("too few answers", "trop peu de réponses", "te weinig antwoorden"),
        [ReportLabels.HeatMap] = ("Departments and themes", "Services et thèmes", "Diensten en thema's"),
        [ReportLabels.Department] = ("Department", "Service", "Dienst"),
        [ReportLabels.Strengths] = ("Strengths", "Forces", "Sterktes"),
        [ReportLabels.Opportunities] = ("Opportunities", "Opportunités", "Kansen"),
        [ReportLabels.Risks] = ("Risks and points of disagreement", "Risques et points de désaccord", "Risico's en punten van onenigheid"),
        [ReportLabels.Priorities] = ("Thematic priorities", "Priorités thématiques", "Thematische prioriteiten"),
        [ReportLabels.Rank] = ("Rank", "Rang", "Rang"),
        [ReportLabels.Importance] = ("Importance", "Importance", "Belang"),
        [ReportLabels.PriorityScore] = ("Priority score", "Score de priorité", "Prioriteitsscore"),
        [ReportLabels.Reasoning] = ("Reasoning", "Justification", "Motivering"),
        [ReportLabels.ThemeDetail] = ("Detail by theme", "Détail par thème", "Detail per thema"),
        [ReportLabels.Question] = ("Question", "Question", "Vraag"),
        [ReportLabels.Quotes] = ("What people said", "Ce que les personnes ont dit", "Wat mensen zeiden"),
        [ReportLabels.Appendix] = ("Appendix: the framework", "Annexe : le référentiel", "Bijlage: het raamwerk"),
        [ReportLabels.Levels] = ("Levels", "Niveaux", "Niveaus"),
        [ReportLabels.None] = ("None.", "Aucun.", "Geen."),
        [ReportLabels.Page] = ("Page", "Page", "Pagina"),
        ["Distribution"] = ("Answers per level", "Réponses par niveau", "Antwoorden per niveau"),
        ["DontKnow"] = ("Don't know", "Ne sait pas", "Weet niet"),
        ["Rule.Mean"] = ("the mean of the question means", "la moyenne des moyennes des questions", "het gemiddelde van de vraaggemiddelden"),
        ["Rule.Median"] = ("the median of the question medians", "la médiane des médianes des questions", "de mediaan van de vraagmedianen"),
        ["Rule.MinimumLevelMet"] = ("the minimum level fully met (the highest level every question's median reaches)", "le niveau minimal pleinement atteint (le plus haut niveau atteint par la médiane de chaque question)", "het volledig bereikte minimumniveau (het hoogste niveau dat de mediaan van elke vraag haalt)"),
        ["Rule.ShareAtLevel"] = ("the highest level reached by at least {0} of the questions", "le plus haut niveau atteint par au moins {0} des questions", "het hoogste niveau dat minstens {0} van de vragen haalt"),
        ["Summary.Period"] = ("{0} assessed its data maturity with the {1} framework from {2} to {3}.", "{0} a évalué la maturité de ses données avec le référentiel {1} du {2} au {3}.", "{0} beoordeelde de maturiteit van haar data met het raamwerk {1} van {2} tot {3}."),
        ["Summary.NoPeriod"] = ("{0} assessed its data maturity with the {1} framework.", "{0} a évalué la maturité de ses données avec le référentiel {1}.", "{0} beoordeelde de maturiteit van haar data met het raamwerk {1}."),
        ["Summary.Overall"] = ("The overall score is {0} on a scale of 1 to {1}.", "Le score global est de {0} sur une échelle de 1 à {1}.", "De totaalscore is {0} op een schaal van 1 tot {1}."),
        ["Summary.OverallChange"] = ("It was {0} in {1}.", "Il était de {0} lors de {1}.", "Die was {0} bij {1}."),
        ["Summary.Highest"] = ("Highest scores: {0}.", "Scores les plus élevés : {0}.", "Hoogste scores: {0}."),
        ["Summary.Gaps"] = ("Largest gaps to target: {0}.", "Plus grands écarts par rapport à la cible : {0}.", "Grootste kloof tot het doel: {0}."),
        ["Summary.Priorities"] = ("{0} findings were retained; the top thematic priority is {1}.", "{0} constats ont été retenus ; la première priorité thématique est {1}.", "{0} bevindingen werden weerhouden; de eerste thematische prioriteit is {1}."),
        ["Method.Answers"] = ("{0} interviews, {1} survey responses and {2} imported responses gave {3} answers on a level, and {4} “don't know”.", "{0} entretiens, {1} réponses à l'enquête et {2} réponses importées ont donné {3} réponses sur un niveau et {4} « ne sait pas ».", "{0} interviews, {1} enquêteantwoorden en {2} geïmporteerde antwoorden leverden {3} antwoorden op een niveau op, en {4} keer “weet niet”."),
        ["Method.Rule"] = ("Question scores roll up to themes by {0}.", "Les scores des questions sont agrégés par thème selon {0}.", "Vraagscores worden per thema samengevat volgens {0}."),
        ["Method.Suppression"] = ("No result is shown for a group of fewer than {0} respondents, to protect their anonymity; quotes are shown without names.", "Aucun résultat n'est affiché pour un groupe de moins de {0} répondants, afin de protéger leur anonymat ; les citations sont présentées sans nom.", "Voor een groep van minder dan {0} respondenten wordt geen resultaat getoond, om hun anonimiteit te beschermen; citaten staan er zonder naam."),
        ["Method.Interval"] = ("Intervals are 95% bootstrap intervals of the mean ({0} resamples with a fixed seed, so the report regenerates identically).", "Les intervalles sont des intervalles bootstrap à 95 % de la moyenne ({0} rééchantillonnages à graine fixe : le rapport se régénère à l'identique).", "De intervallen zijn 95%-bootstrapintervallen van het gemiddelde ({0} hersteekproeven met een vaste seed, zodat het rapport identiek opnieuw gemaakt wordt)."),
        ["Method.Previous"] = ("Change is measured against {0}.", "L'évolution est mesurée par rapport à {0}.", "De evolutie wordt gemeten ten opzichte van {0}."),
    };

    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    /// <summary>The text in a language (fr, nl; anything else is English), formatted with the language's culture.</summary>
    public static string Get(string key, string language, params object?[] args)
    {
        var (en, fr, nl) = Texts[key];
        var text = language switch
        {
            Languages.French => fr,
            Languages.Dutch => nl,
            _ => en,
        };
        return args.Length == 0 ? text : string.Format(Culture(language), text, args);
    }

    public static bool IsComplete(string key) => Texts.TryGetValue(key, out var t) && t.En.Length > 0 && t.Fr.Length > 0 && t.Nl.Length > 0;

    public static CultureInfo Culture(string language) => Languages.IsSupported(language) ? CultureInfo.GetCultureInfo(language == Languages.English ? "en-GB" : language + "-BE") : CultureInfo.InvariantCulture;

    /// <summary>The labels a report builder reads (every <see cref="ReportLabels"/> key) in a language.</summary>
    public static IReadOnlyDictionary<string, string> Labels(string language) =>
        Texts.Keys.ToDictionary(k => k, k => Get(k, language), StringComparer.Ordinal);
}
