using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>
/// The controlled vocabularies the register stores codes of: the EU Publications Office authority tables (frequency,
/// data theme, access right, file type, licence) and the high-value dataset categories. The register stores the
/// code; the catalogue writes the URI; pages show the label in the reader's language.
/// </summary>
public static class EuVocabularies
{
    private const string Authority = "http://publications.europa.eu/resource/authority/";

    public static IReadOnlyList<Frequency> Frequencies { get; } =
    [
        Freq("DAILY", 1, "Quotidienne", "Dagelijks", "Täglich", "Daily"),
        Freq("WEEKLY", 7, "Hebdomadaire", "Wekelijks", "Wöchentlich", "Weekly"),
        Freq("MONTHLY", 31, "Mensuelle", "Maandelijks", "Monatlich", "Monthly"),
        Freq("QUARTERLY", 92, "Trimestrielle", "Driemaandelijks", "Vierteljährlich", "Quarterly"),
        Freq("ANNUAL", 366, "Annuelle", "Jaarlijks", "Jährlich", "Annual"),
        Freq("CONT", 1, "Continue", "Continu", "Kontinuierlich", "Continuous"),
        Freq("IRREG", null, "Irrégulière", "Onregelmatig", "Unregelmäßig", "Irregular"),
        Freq("NEVER", null, "Jamais", "Nooit", "Nie", "Never"),
        Freq("UNKNOWN", null, "Inconnue", "Onbekend", "Unbekannt", "Unknown"),
    ];

    public static IReadOnlyList<VocabularyTerm> DataThemes { get; } =
    [
        Term("data-theme", "AGRI", "Agriculture, pêche, sylviculture et alimentation", "Landbouw, visserij, bosbouw en voeding", "Landwirtschaft, Fischerei, Forstwirtschaft und Nahrungsmittel", "Agriculture, fisheries, forestry and food"),
        Term("data-theme", "ECON", "Économie et finances", "Economie en financiën", "Wirtschaft und Finanzen", "Economy and finance"),
        Term("data-theme", "EDUC", "Éducation, culture et sport", "Onderwijs, cultuur en sport", "Bildung, Kultur und Sport", "Education, culture and sport"),
        Term("data-theme", "ENER", "Énergie", "Energie", "Energie", "Energy"),
        Term("data-theme", "ENVI", "Environnement", "Milieu", "Umwelt", "Environment"),
        Term("data-theme", "GOVE", "Gouvernement et secteur public", "Overheid en publieke sector", "Regierung und öffentlicher Sektor", "Government and public sector"),
        Term("data-theme", "HEAL", "Santé", "Gezondheid", "Gesundheit", "Health"),
        Term("data-theme", "INTR", "Questions internationales", "Internationale vraagstukken", "Internationale Themen", "International issues"),
        Term("data-theme", "JUST", "Justice, système juridique et sécurité publique", "Justitie, rechtsstelsel en openbare veiligheid", "Justiz, Rechtssystem und öffentliche Sicherheit", "Justice, legal system and public safety"),
        Term("data-theme", "REGI", "Régions et villes", "Regio's en steden", "Regionen und Städte", "Regions and cities"),
        Term("data-theme", "SOCI", "Population et société", "Bevolking en samenleving", "Bevölkerung und Gesellschaft", "Population and society"),
        Term("data-theme", "TECH", "Science et technologie", "Wetenschap en technologie", "Wissenschaft und Technologie", "Science and technology"),
        Term("data-theme", "TRAN", "Transports", "Vervoer", "Verkehr", "Transport"),
    ];

    public static IReadOnlyList<VocabularyTerm> AccessRights { get; } =
    [
        Term("access-right", "PUBLIC", "Public", "Openbaar", "Öffentlich", "Public"),
        Term("access-right", "RESTRICTED", "Restreint", "Beperkt", "Eingeschränkt", "Restricted"),
        Term("access-right", "NON_PUBLIC", "Non public", "Niet-openbaar", "Nicht öffentlich", "Non-public"),
    ];

    public static IReadOnlyList<VocabularyTerm> FileTypes { get; } =
    [
        Term("file-type", "CSV", "CSV", "CSV", "CSV", "CSV"),
        Term("file-type", "XLSX", "XLSX", "XLSX", "XLSX", "XLSX"),
        Term("file-type", "JSON", "JSON", "JSON", "JSON", "JSON"),
        Term("file-type", "GEOJSON", "GeoJSON", "GeoJSON", "GeoJSON", "GeoJSON"),
        Term("file-type", "XML", "XML", "XML", "XML", "XML"),
        Term("file-type", "PDF", "PDF", "PDF", "PDF", "PDF"),
        Term("file-type", "SHP", "Shapefile", "Shapefile", "Shapefile", "Shapefile"),
        Term("file-type", "ZIP", "ZIP", "ZIP", "ZIP", "ZIP"),
        Term("file-type", "HTML", "HTML", "HTML", "HTML", "HTML"),
        Term("file-type", "RDF_TURTLE", "Turtle", "Turtle", "Turtle", "Turtle"),
        Term("file-type", "JSON_LD", "JSON-LD", "JSON-LD", "JSON-LD", "JSON-LD"),
        Term("file-type", "WMS_SRVC", "Service WMS", "WMS-dienst", "WMS-Dienst", "WMS service"),
    ];

    public static IReadOnlyList<VocabularyTerm> Licences { get; } =
    [
        Term("licence", "CC_BY_4_0", "Creative Commons Attribution 4.0", "Creative Commons Naamsvermelding 4.0", "Creative Commons Namensnennung 4.0", "Creative Commons Attribution 4.0"),
        Term("licence", "CC0", "Creative Commons Zero", "Creative Commons Zero", "Creative Commons Zero", "Creative Commons Zero"),
        Term("licence", "ODC_BL", "Open Database License (ODbL)", "Open Database License (ODbL)", "Open Database License (ODbL)", "Open Database License (ODbL)"),
        Term("licence", "CC_BY_SA_4_0", "Creative Commons Attribution - Partage dans les mêmes conditions 4.0", "Creative Commons Naamsvermelding-GelijkDelen 4.0", "Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0", "Creative Commons Attribution-ShareAlike 4.0"),
    ];

    /// <summary>The six categories of the High-Value Datasets implementing regulation (EU) 2023/138.</summary>
    public static IReadOnlyList<VocabularyTerm> HighValueCategories { get; } =
    [
        Hvd("c_ac64a52d", "Géospatiales", "Geospatiale gegevens", "Geodaten", "Geospatial"),
        Hvd("c_dd313021", "Observation de la terre et environnement", "Aardobservatie en milieu", "Erdbeobachtung und Umwelt", "Earth observation and environment"),
        Hvd("c_164e0bf5", "Météorologiques", "Meteorologische gegevens", "Meteorologie", "Meteorological"),
        Hvd("c_e1da4e07", "Statistiques", "Statistiek", "Statistik", "Statistics"),
        Hvd("c_a9135398", "Entreprises et propriété d'entreprises", "Bedrijven en eigendom van bedrijven", "Unternehmen und Eigentümerschaft von Unternehmen", "Companies and company ownership"),
        Hvd("c_b79e35eb", "Mobilité", "Mobiliteit", "Mobilität", "Mobility"),
    ];

    public static Frequency? FrequencyOf(string? code) => Frequencies.FirstOrDefault(f => f.Term.Code == code);

    /// <summary>The term of <paramref name="code"/> in <paramref name="vocabulary"/>, or <see langword="null"/> when it is not one of its codes.</summary>
    public static VocabularyTerm? Find(IReadOnlyList<VocabularyTerm> vocabulary, string? code)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return code is null ? null : vocabulary.FirstOrDefault(t => t.Code == code);
    }

    private static VocabularyTerm Hvd(string code, string fr, string nl, string de, string en) =>
        new(code, "http://data.europa.eu/bna/" + code, LocalizedText.Of(fr, nl, en, de));

    private static Frequency Freq(string code, int? days, string fr, string nl, string de, string en) => new(Term("frequency", code, fr, nl, de, en), days);

    private static VocabularyTerm Term(string table, string code, string fr, string nl, string de, string en) =>
        new(code, Authority + table + "/" + code, LocalizedText.Of(fr, nl, en, de));
}
