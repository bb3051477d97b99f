using DataStrategy.Core.Csv;
using DataStrategy.Core.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace DataStrategy.Core.Inventory;

/// <summary>
/// The records of processing as an XLSX in the shape of the Belgian data protection authority's (APD/GBA) model register
/// for controllers: a sheet identifying the controller and its data protection officer, and the register itself, one
/// processing activity per row, with the model's columns in French or Dutch (ADR 0033). Every text cell is written as
/// text and escaped (<see cref="CsvSafe.Escape"/>): nothing in a record can become a formula.
/// </summary>
public static class ProcessingRegisterWorkbook
{
    public static string IdentificationSheet(string language) => language == Languages.Dutch ? "Identificatie verantwoordelijke" : "Identification du responsable";

    public static string RegisterSheet(string language) => language == Languages.Dutch ? "Register" : "Registre";

    /// <summary>The register sheet's columns, in the model's order.</summary>
    public static IReadOnlyList<string> Columns(string language) => language == Languages.Dutch
        ?
        [
            "Nummer van de verwerking", "Benaming van de verwerking", "Dienst (bedrijfsproces)",
            "Verwerkingsverantwoordelijke (en gezamenlijke verwerkingsverantwoordelijken)", "Functionaris voor gegevensbescherming",
            "Doeleinden van de verwerking", "Rechtsgrond van de verwerking (art. 6.1 AVG)",
            "Bijzondere categorieën van persoonsgegevens: uitzondering (art. 9.2 AVG)", "Categorieën van betrokkenen",
            "Categorieën van persoonsgegevens", "Categorieën van ontvangers",
            "Doorgiften naar een derde land of een internationale organisatie en passende waarborgen",
            "Beoogde termijnen voor het wissen van de gegevens",
            "Algemene beschrijving van de technische en organisatorische beveiligingsmaatregelen",
        ]
        :
        [
            "N° du traitement", "Dénomination du traitement", "Service (processus métier)",
            "Responsable du traitement (et responsables conjoints)", "Délégué à la protection des données",
            "Finalités du traitement", "Base juridique du traitement (art. 6.1 RGPD)",
            "Catégories particulières de données : exception (art. 9.2 RGPD)", "Catégories de personnes concernées",
            "Catégories de données à caractère personnel", "Catégories de destinataires",
            "Transferts vers un pays tiers ou une organisation internationale et garanties appropriées",
            "Délais prévus pour l'effacement des données",
            "Description générale des mesures de sécurité techniques et organisationnelles",
        ];

    /// <summary>Writes the workbook in <paramref name="language"/> (fr or nl).</summary>
    public static byte[] Write(string language, string organisation, DateOnly exportedOn, IReadOnlyList<ProcessingRegisterRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var nl = language == Languages.Dutch;
        var columns = Columns(language);
        var officers = rows.Select(r => r.Record?.ProtectionOfficer?.Trim()).Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.Ordinal).ToList();
        var controllers = rows.Select(r => r.Record?.Controller?.Trim()).Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.Ordinal).ToList();
        var (section, value) = nl ? ("Rubriek", "Gegevens") : ("Rubrique", "Données");
        var identification = new List<Dictionary<string, object?>>
        {
            Pair(section, nl ? "Naam van de organisatie" : "Nom de l'organisation", value, organisation),
            Pair(section, nl ? "Verwerkingsverantwoordelijke: naam en contactgegevens" : "Responsable du traitement : nom et coordonnées", value, string.Join("\n", controllers)),
            Pair(section, nl ? "Functionaris voor gegevensbescherming: naam en contactgegevens" : "Délégué à la protection des données : nom et coordonnées", value, string.Join("\n", officers)),
            Pair(section, nl ? "Datum van het register" : "Date du registre", value, exportedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var register = rows.Select(r =>
        {
            var x = r.Record;
            string?[] cells =
            [
                r.Number, r.Name, r.Department, x?.Controller, x?.ProtectionOfficer, x?.Purposes,
                Names(x?.LegalBases, ProcessingRecordRules.LegalBases, language),
                Names(x?.SpecialCategoryConditions, ProcessingRecordRules.SpecialCategoryConditions, language),
                x?.DataSubjects, x?.PersonalDataCategories, x?.Recipients, x?.TransfersOutsideEu, x?.Retention, x?.SecurityMeasures,
            ];
            return columns.Select((c, i) => (c, v: (object?)CsvSafe.Escape(cells[i]))).ToDictionary(p => p.c, p => p.v);
        }).ToList();
        if (register.Count == 0)
        {
            register.Add(columns.ToDictionary(c => c, _ => (object?)null));
        }

        var sheets = new Dictionary<string, object>
        {
            [IdentificationSheet(language)] = identification,
            [RegisterSheet(language)] = register,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration { FreezeRowCount = 1, FreezeColumnCount = 0, AutoFilter = true });
        return stream.ToArray();
    }

    /// <summary>"e) Mission d'intérêt public…; c) Obligation légale": letter and name, in the article's order.</summary>
    public static string Names(IReadOnlyCollection<string>? codes, IReadOnlyList<(string Code, LocalizedText Name)> known, string language)
    {
        ArgumentNullException.ThrowIfNull(known);
        return codes is null ? "" : string.Join("; ", known.Where(k => codes.Contains(k.Code)).Select(k => k.Code + ") " + k.Name.Get(language)));
    }

    private static Dictionary<string, object?> Pair(string keyHeader, string key, string valueHeader, string? value) =>
        new() { [keyHeader] = CsvSafe.Escape(key), [valueHeader] = CsvSafe.Escape(value) };
}
