using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>
/// The rules of a record of processing (GDPR Art. 30(1)), once for the page, the export and the tests: the legal bases
/// of Art. 6(1) and the conditions of Art. 9(2) with their names, what a save requires, and when a record is complete.
/// </summary>
public static class ProcessingRecordRules
{
    /// <summary>Art. 6(1) (a)–(f), with their short names in fr, nl and en.</summary>
    public static IReadOnlyList<(string Code, LocalizedText Name)> LegalBases { get; } =
    [
        ("a", T("Consentement de la personne concernée", "Toestemming van de betrokkene", "Consent of the data subject")),
        ("b", T("Exécution d'un contrat", "Uitvoering van een overeenkomst", "Performance of a contract")),
        ("c", T("Obligation légale", "Wettelijke verplichting", "Legal obligation")),
        ("d", T("Sauvegarde des intérêts vitaux", "Bescherming van vitale belangen", "Vital interests")),
        ("e", T("Mission d'intérêt public ou exercice de l'autorité publique", "Taak van algemeen belang of uitoefening van openbaar gezag", "Public task or official authority")),
        ("f", T("Intérêts légitimes", "Gerechtvaardigde belangen", "Legitimate interests")),
    ];

    /// <summary>Art. 9(2) (a)–(j): the conditions under which special categories of personal data may be processed.</summary>
    public static IReadOnlyList<(string Code, LocalizedText Name)> SpecialCategoryConditions { get; } =
    [
        ("a", T("Consentement explicite", "Uitdrukkelijke toestemming", "Explicit consent")),
        ("b", T("Droit du travail et de la sécurité sociale", "Arbeidsrecht en socialezekerheidsrecht", "Employment and social security law")),
        ("c", T("Intérêts vitaux (personne incapable de consentir)", "Vitale belangen (betrokkene kan geen toestemming geven)", "Vital interests (subject incapable of consent)")),
        ("d", T("Activités d'une fondation, association ou organisme sans but lucratif", "Activiteiten van een stichting, vereniging of instantie zonder winstoogmerk", "Not-for-profit body's activities")),
        ("e", T("Données manifestement rendues publiques par la personne", "Kennelijk door de betrokkene openbaar gemaakte gegevens", "Made manifestly public by the data subject")),
        ("f", T("Droits en justice ou fonction juridictionnelle", "Rechtsvorderingen of rechtspraak", "Legal claims or judicial capacity")),
        ("g", T("Motifs d'intérêt public important", "Zwaarwegend algemeen belang", "Substantial public interest")),
        ("h", T("Médecine préventive, médecine du travail, soins de santé", "Preventieve of arbeidsgeneeskunde, gezondheidszorg", "Preventive or occupational medicine, health care")),
        ("i", T("Santé publique", "Volksgezondheid", "Public health")),
        ("j", T("Archivage, recherche scientifique ou historique, statistiques", "Archivering, wetenschappelijk of historisch onderzoek, statistiek", "Archiving, research or statistics")),
    ];

    /// <summary>Text fields in the order the form and the export show them.</summary>
    public static IReadOnlyList<string> TextFields { get; } =
    [
        nameof(ProcessingRecordFields.Controller), nameof(ProcessingRecordFields.ProtectionOfficer), nameof(ProcessingRecordFields.Purposes),
        nameof(ProcessingRecordFields.DataSubjects), nameof(ProcessingRecordFields.PersonalDataCategories), nameof(ProcessingRecordFields.Recipients),
        nameof(ProcessingRecordFields.TransfersOutsideEu), nameof(ProcessingRecordFields.Retention), nameof(ProcessingRecordFields.SecurityMeasures),
    ];

    /// <summary>
    /// What a save requires: the purposes and at least one legal basis (a record without them says nothing), texts within
    /// <see cref="DatasetRules.MaxProcessingText"/> characters without control characters, codes among the article's letters.
    /// The other fields may wait: <see cref="IsComplete"/> says what is still missing.
    /// </summary>
    public static IReadOnlyList<ProcessingRecordIssue> Validate(ProcessingRecordFields record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var issues = new List<ProcessingRecordIssue>();
        foreach (var field in TextFields)
        {
            var value = Text(record, field);
            if (value is null)
            {
                continue;
            }

            if (value.Length > DatasetRules.MaxProcessingText)
            {
                issues.Add(new(field, ProcessingRecordError.TooLong));
            }
            else if (value.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t'))
            {
                issues.Add(new(field, ProcessingRecordError.ControlCharacters));
            }
        }

        if (string.IsNullOrWhiteSpace(record.Purposes))
        {
            issues.Add(new(nameof(ProcessingRecordFields.Purposes), ProcessingRecordError.Required));
        }

        if (record.LegalBases.Count == 0)
        {
            issues.Add(new(nameof(ProcessingRecordFields.LegalBases), ProcessingRecordError.LegalBasisRequired));
        }
        else if (record.LegalBases.Any(c => !LegalBases.Any(b => b.Code == c)))
        {
            issues.Add(new(nameof(ProcessingRecordFields.LegalBases), ProcessingRecordError.UnknownCode));
        }

        if (record.SpecialCategoryConditions.Any(c => !SpecialCategoryConditions.Any(b => b.Code == c)))
        {
            issues.Add(new(nameof(ProcessingRecordFields.SpecialCategoryConditions), ProcessingRecordError.UnknownCode));
        }

        return issues;
    }

    /// <summary>
    /// The fields Art. 30(1) asks for that are still empty. Transfers may be empty (none), and the Art. 9(2) conditions
    /// apply only when special categories are processed.
    /// </summary>
    public static IReadOnlyList<string> Missing(ProcessingRecordFields record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var missing = TextFields.Where(f => f != nameof(ProcessingRecordFields.TransfersOutsideEu) && string.IsNullOrWhiteSpace(Text(record, f))).ToList();
        if (record.LegalBases.Count == 0)
        {
            missing.Insert(Math.Min(3, missing.Count), nameof(ProcessingRecordFields.LegalBases));
        }

        return missing;
    }

    /// <summary>Whether the record holds everything Art. 30(1) asks for and passes <see cref="Validate"/>.</summary>
    public static bool IsComplete(ProcessingRecordFields record) => Missing(record).Count == 0 && Validate(record).Count == 0;

    /// <summary>Codes kept in the article's order, each once, unknown ones dropped.</summary>
    public static List<string> Normalise(IEnumerable<string>? codes, IReadOnlyList<(string Code, LocalizedText Name)> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var chosen = (codes ?? []).Select(c => c?.Trim().ToLowerInvariant()).ToHashSet();
        return known.Where(k => chosen.Contains(k.Code)).Select(k => k.Code).ToList();
    }

    private static string? Text(ProcessingRecordFields r, string field) => field switch
    {
        nameof(ProcessingRecordFields.Controller) => r.Controller,
        nameof(ProcessingRecordFields.ProtectionOfficer) => r.ProtectionOfficer,
        nameof(ProcessingRecordFields.Purposes) => r.Purposes,
        nameof(ProcessingRecordFields.DataSubjects) => r.DataSubjects,
        nameof(ProcessingRecordFields.PersonalDataCategories) => r.PersonalDataCategories,
        nameof(ProcessingRecordFields.Recipients) => r.Recipients,
        nameof(ProcessingRecordFields.TransfersOutsideEu) => r.TransfersOutsideEu,
        nameof(ProcessingRecordFields.Retention) => r.Retention,
        nameof(ProcessingRecordFields.SecurityMeasures) => r.SecurityMeasures,
        _ => null,
    };

    private static LocalizedText T(string fr, string nl, string en) => LocalizedText.Of(fr: fr, nl: nl, en: en);
}
