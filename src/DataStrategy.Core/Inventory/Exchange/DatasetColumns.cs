namespace DataStrategy.Core.Inventory.Exchange;

/// <summary>
/// The register's fields a file column can be mapped to, named as the export names its columns: a multilingual field
/// is its prefix and the language ("title_fr"). The export writes these names, so an export imports back unchanged.
/// </summary>
public static class DatasetColumns
{
    public const string Slug = "slug";
    public const string TitlePrefix = "title_";
    public const string DescriptionPrefix = "description_";
    public const string KeywordsPrefix = "keywords_";
    public const string QualityNotesPrefix = "quality_notes_";
    public const string Department = "department";
    public const string Owner = "owner_email";
    public const string Steward = "steward_email";
    public const string SourceSystem = "source_system";
    public const string Frequency = "frequency";
    public const string Themes = "themes";
    public const string AccessRight = "access_right";
    public const string Licence = "licence";
    public const string Spatial = "spatial";
    public const string TemporalStart = "temporal_start";
    public const string TemporalEnd = "temporal_end";
    public const string HighValue = "high_value";
    public const string HighValueCategory = "high_value_category";
    public const string AuthenticSource = "authentic_source";
    public const string PersonalData = "personal_data";
    public const string ReviewMonths = "review_months";

    /// <summary>Separates the codes of a list cell (themes).</summary>
    public const string ListSeparator = "; ";

    /// <summary>Fields whose values are mapped to a code, a department or a person (the value-mapping step).</summary>
    public static IReadOnlyList<string> Mapped { get; } = [Department, Owner, Steward, Frequency, Themes, AccessRight, Licence, HighValueCategory, HighValue, AuthenticSource, PersonalData];

    /// <summary>Every field, the multilingual ones in each of <paramref name="languages"/>, in the export's column order.</summary>
    public static IReadOnlyList<string> All(IEnumerable<string> languages)
    {
        var langs = languages.ToList();
        return
        [
            Slug, .. langs.Select(l => TitlePrefix + l), .. langs.Select(l => DescriptionPrefix + l), .. langs.Select(l => KeywordsPrefix + l),
            Department, Owner, Steward, SourceSystem, Frequency, Themes, AccessRight, Licence, Spatial, TemporalStart, TemporalEnd,
            HighValue, HighValueCategory, AuthenticSource, PersonalData, ReviewMonths, .. langs.Select(l => QualityNotesPrefix + l),
        ];
    }

    /// <summary>
    /// The field a file's column header most likely holds: the export's own name, or a usual French, Dutch or English
    /// name ("Titre (FR)", "Frequentie", "Propriétaire"); null when none fits (the user maps it or leaves it out).
    /// </summary>
    public static string? Guess(string header, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var h = Key(header);
        if (h.Length == 0)
        {
            return null;
        }

        var all = All(languages);
        if (all.Contains(h))
        {
            return h;
        }

        // "titre_fr", "titel_nl", "title (nl)": a multilingual field's word and a language.
        foreach (var lang in languages)
        {
            if (h.EndsWith("_" + lang, StringComparison.Ordinal))
            {
                var word = h[..^(lang.Length + 1)];
                var prefix = Multilingual(word);
                if (prefix is not null)
                {
                    return prefix + lang;
                }
            }
        }

        return h switch
        {
            "identifier" or "identifiant" or "id" or "code" => Slug,
            "service" or "departement" or "afdeling" or "dienst" or "department_code" => Department,
            "owner" or "proprietaire" or "eigenaar" or "data_owner" or "owner_e_mail" or "proprietaire_email" or "eigenaar_email" => Owner,
            "steward" or "gestionnaire" or "beheerder" or "data_steward" or "steward_e_mail" or "gestionnaire_email" or "beheerder_email" => Steward,
            "source" or "systeme_source" or "bronsysteem" or "application" or "toepassing" => SourceSystem,
            "frequence" or "frequentie" or "periodicite" or "update_frequency" or "accrual_periodicity" => Frequency,
            "theme" or "thema" or "themas" or "theme_s" or "categories" => Themes,
            "acces" or "access" or "droit_d_acces" or "toegang" or "toegangsrecht" or "access_rights" => AccessRight,
            "license" or "licentie" => Licence,
            "couverture_spatiale" or "ruimtelijke_dekking" => Spatial,
            "haute_valeur" or "hoogwaardig" or "high_value_dataset" => HighValue,
            "source_authentique" or "authentieke_bron" => AuthenticSource,
            "donnees_personnelles" or "persoonsgegevens" or "donnees_a_caractere_personnel" => PersonalData,
            _ => languages.Count > 0 && Multilingual(h) is { } p ? p + languages[0] : null,
        };
    }

    private static string? Multilingual(string word) => word switch
    {
        "title" or "titre" or "titel" or "naam" or "nom" => TitlePrefix,
        "description" or "beschrijving" or "omschrijving" => DescriptionPrefix,
        "keywords" or "mots_cles" or "trefwoorden" => KeywordsPrefix,
        "quality_notes" or "qualite" or "kwaliteit" => QualityNotesPrefix,
        _ => null,
    };

    /// <summary>A header as a key: lower case, accents removed, every run of other characters one "_".</summary>
    public static string Key(string? header)
    {
        var folded = DatasetRules.Fold(header);
        var sb = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }

        return sb.ToString().TrimEnd('_');
    }
}
