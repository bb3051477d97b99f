using System.Globalization;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Inventory.Exchange;

/// <summary>
/// Checks an inventory file (already read by <see cref="TabularFile"/>) against a column mapping and the register:
/// every problem with its row, every value that matches no code, department or person. Pure: the page and the tests
/// share it, and the commit applies its rows all at once or not at all.
/// </summary>
public static partial class DatasetImport
{
    public const int MaxRows = 10_000;
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxUnknown = 200;

    /// <summary>The value-mapping choice that leaves the field empty (its default for a new dataset).</summary>
    public const string LeaveEmpty = "-";

    public static string MapKey(string field, string value) => field + "\u001f" + value.Trim();

    private static readonly HashSet<string> Yes = ["oui", "yes", "ja", "true", "vrai", "waar", "1", "x", "o", "y", "j"];
    private static readonly HashSet<string> No = ["non", "no", "nee", "false", "faux", "onwaar", "0", "n"];

    /// <summary>Masculine and other usual forms of the frequency labels ("mensuel", "yearly").</summary>
    private static readonly Dictionary<string, string> FrequencyAliases = new(StringComparer.Ordinal)
    {
        ["quotidien"] = "DAILY",
        ["journalier"] = "DAILY",
        ["hebdomadaire"] = "WEEKLY",
        ["mensuel"] = "MONTHLY",
        ["maandelijk"] = "MONTHLY",
        ["trimestriel"] = "QUARTERLY",
        ["annuel"] = "ANNUAL",
        ["yearly"] = "ANNUAL",
        ["annually"] = "ANNUAL",
        ["jaarlijk"] = "ANNUAL",
        ["continu"] = "CONT",
        ["continuous"] = "CONT",
        ["irregulier"] = "IRREG",
        ["jamais"] = "NEVER",
        ["inconnu"] = "UNKNOWN",
    };

    public static DatasetImportResult Parse(TabularData table, IReadOnlyDictionary<int, string> columns, DatasetImportContext context, IReadOnlyList<(int Row, int Column)>? formulas = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(context);
        var issues = new List<ImportIssue>();
        var unknown = new Dictionary<(string, string), int>();
        var rows = new List<DatasetImportRow>(table.Rows.Count);
        var fields = columns.Where(c => !string.IsNullOrEmpty(c.Value)).GroupBy(c => c.Value).ToList();
        foreach (var dup in fields.Where(g => g.Count() > 1))
        {
            issues.Add(new ImportIssue(ImportErrorCode.DuplicateInFile, null, dup.Key));
        }

        var byField = fields.ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var titleFields = context.Languages.Select(l => DatasetColumns.TitlePrefix + l).Where(byField.ContainsKey).ToList();
        if (!byField.ContainsKey(DatasetColumns.Slug) && titleFields.Count == 0)
        {
            issues.Add(new ImportIssue(ImportErrorCode.MissingColumn, 1, DatasetColumns.TitlePrefix + FirstLanguage(context)));
            return new DatasetImportResult([], issues, []);
        }

        if (table.Rows.Count == 0)
        {
            issues.Add(new ImportIssue(ImportErrorCode.NoRows));
        }

        foreach (var (row, column) in formulas ?? [])
        {
            issues.Add(new ImportIssue(ImportErrorCode.FormulaNotAllowed, row, columns.GetValueOrDefault(column) ?? (column < table.Header.Count ? table.Header[column] : null)));
        }

        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowNumber = table.RowNumbers[r];
            var cells = table.Rows[r];
            string? Cell(string field) => byField.TryGetValue(field, out var i) && i < cells.Count ? Clean(cells[i]) : null;
            void Issue(ImportErrorCode code, string field, string? value = null) => issues.Add(new ImportIssue(code, rowNumber, field, value is null ? null : Clip(value)));

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (field, _) in byField)
            {
                values[field] = Cell(field);
            }

            string? Resolve(string field, string value, Func<string, string?> automatic)
            {
                if (context.ValueMap.TryGetValue(MapKey(field, value), out var mapped))
                {
                    return mapped == LeaveEmpty ? null : mapped;
                }

                var found = automatic(value);
                if (found is null)
                {
                    var key = (field, value.Trim());
                    unknown[key] = unknown.GetValueOrDefault(key) + 1;
                }

                return found;
            }

            // Texts: lengths by field.
            foreach (var (field, value) in values.ToList())
            {
                var limit = Limit(field);
                if (value is not null && limit > 0 && value.Length > limit)
                {
                    Issue(ImportErrorCode.TooLong, field, limit.ToString(CultureInfo.InvariantCulture));
                }
            }

            var slug = Cell(DatasetColumns.Slug);
            if (slug is not null)
            {
                slug = slug.ToLowerInvariant();
                // The register's own rule: a reserved word (new, import, export…) would be unreachable at its address.
                if (!DatasetValidation.IsSlug(slug))
                {
                    Issue(ImportErrorCode.CodeInvalid, DatasetColumns.Slug, slug);
                }
            }
            else
            {
                slug = SlugOf(titleFields.Select(Cell).FirstOrDefault(t => t is not null));
            }

            var isNew = slug is null || !context.ExistingSlugs.Contains(slug);
            if (slug is null)
            {
                Issue(ImportErrorCode.Required, titleFields.Count > 0 ? titleFields[0] : DatasetColumns.Slug);
                slug = "";
            }
            else if (!slugs.TryAdd(slug, rowNumber))
            {
                Issue(ImportErrorCode.DuplicateInFile, DatasetColumns.Slug, slugs[slug].ToString(CultureInfo.InvariantCulture));
            }

            values[DatasetColumns.Slug] = slug;
            if ((isNew || titleFields.Count > 0) && titleFields.All(f => values[f] is null))
            {
                Issue(ImportErrorCode.Required, titleFields.Count > 0 ? titleFields[0] : DatasetColumns.TitlePrefix + FirstLanguage(context));
            }

            foreach (var field in DatasetColumns.Mapped.Where(values.ContainsKey))
            {
                var value = values[field];
                if (value is null)
                {
                    continue;
                }

                values[field] = field switch
                {
                    DatasetColumns.Department => Resolve(field, value, v => context.Departments.TryGetValue(StakeholderImport.Normalize(v), out var id) ? id.ToString() : null),
                    DatasetColumns.Owner or DatasetColumns.Steward => Resolve(field, value, v => context.People.TryGetValue(v.ToUpperInvariant(), out var id) ? id.ToString() : null),
                    DatasetColumns.Frequency => Resolve(field, value, v => FindFrequency(v)),
                    DatasetColumns.AccessRight => Resolve(field, value, v => Find(EuVocabularies.AccessRights, v)),
                    DatasetColumns.Licence => Resolve(field, value, v => Find(EuVocabularies.Licences, v)),
                    DatasetColumns.HighValueCategory => Resolve(field, value, v => Find(EuVocabularies.HighValueCategories, v)),
                    DatasetColumns.Themes => ResolveList(value, v => Resolve(field, v, x => Find(EuVocabularies.DataThemes, x)), v => Find(EuVocabularies.DataThemes, v) is not null),
                    _ => Resolve(field, value, Boolean),
                };
            }

            if (values.TryGetValue(DatasetColumns.ReviewMonths, out var months) && months is not null)
            {
                values[DatasetColumns.ReviewMonths] = int.TryParse(months, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m)
                    && m >= DatasetRules.MinReviewMonths && m <= DatasetRules.MaxReviewMonths ? m.ToString(CultureInfo.InvariantCulture) : Invalid(DatasetColumns.ReviewMonths, months);
            }

            foreach (var field in new[] { DatasetColumns.TemporalStart, DatasetColumns.TemporalEnd })
            {
                if (values.TryGetValue(field, out var date) && date is not null)
                {
                    values[field] = ParseDate(date)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Invalid(field, date);
                }
            }

            rows.Add(new DatasetImportRow(rowNumber, slug, isNew, values));

            string? Invalid(string field, string value)
            {
                Issue(ImportErrorCode.OutOfRange, field, value);
                return null;
            }
        }

        var unknownList = unknown.Select(u => new DatasetUnknownValue(u.Key.Item1, u.Key.Item2, u.Value))
            .OrderBy(u => u.Field, StringComparer.Ordinal).ThenBy(u => u.Value, StringComparer.Ordinal).Take(MaxUnknown).ToList();
        return new DatasetImportResult(rows, issues, unknownList);
    }

    /// <summary>The formula cells of a workbook's first sheet (the one <see cref="TabularFile"/> reads); none for a CSV.</summary>
    public static IReadOnlyList<(int Row, int Column)> Formulas(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B)
        {
            return [];
        }

        try
        {
            using var stream = new MemoryStream(content);
            var first = MiniExcelLibs.MiniExcel.GetSheetNames(stream).FirstOrDefault();
            return first is null ? [] : Roadmap.Exchange.XlsxFormulas.Find(content, first);
        }
#pragma warning disable CA1031 // The file was already read by TabularFile; anything unreadable here has no formulas to report.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    /// <summary>A slug from a title, made as the register's form makes it (<see cref="DatasetValidation.SlugFrom"/>); null for no title.</summary>
    public static string? SlugOf(string? title) => string.IsNullOrWhiteSpace(title) ? null : DatasetValidation.SlugFrom(title);

    /// <summary>
    /// A cell as the register keeps it: trimmed, empty as null, control characters other than line breaks and tabs
    /// removed (PostgreSQL refuses NUL), and the apostrophe our export puts before a formula-like text taken off again.
    /// </summary>
    public static string? Clean(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var text = new string(cell.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray()).Trim();
        if (text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@')
        {
            text = text[1..];
        }

        return text.Length == 0 ? null : text;
    }

    private static string FirstLanguage(DatasetImportContext context) => context.Languages.Count > 0 ? context.Languages[0] : Languages.French;

    private static string Clip(string value) => value.Length > 80 ? value[..80] + "…" : value;

    private static int Limit(string field) => field switch
    {
        _ when field.StartsWith(DatasetColumns.TitlePrefix, StringComparison.Ordinal) => DatasetRules.MaxTitle,
        _ when field.StartsWith(DatasetColumns.DescriptionPrefix, StringComparison.Ordinal) => DatasetRules.MaxDescription,
        _ when field.StartsWith(DatasetColumns.KeywordsPrefix, StringComparison.Ordinal) => DatasetRules.MaxKeywords,
        _ when field.StartsWith(DatasetColumns.QualityNotesPrefix, StringComparison.Ordinal) => DatasetRules.MaxQualityNotes,
        DatasetColumns.SourceSystem => DatasetRules.MaxSourceSystem,
        DatasetColumns.Spatial => DatasetRules.MaxSpatial,
        DatasetColumns.Slug => DatasetRules.MaxSlug + 1,
        _ => 500,
    };

    /// <summary>
    /// A list cell: values separated by ";" (or lines, or "|"); a part that is no term but holds commas is read as a
    /// comma-separated list ("ENVI,TRAN"), since labels themselves may hold commas.
    /// </summary>
    private static string? ResolveList(string value, Func<string, string?> each, Func<string, bool> known)
    {
        var parts = value.Split([';', '|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => !known(p) && p.Contains(',', StringComparison.Ordinal) ? p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [p]);
        var codes = parts.Select(each).Where(c => c is not null).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? null : string.Join(DatasetColumns.ListSeparator, codes);
    }

    private static string? Boolean(string value)
    {
        var v = DatasetRules.Fold(value);
        return Yes.Contains(v) ? "true" : No.Contains(v) ? "false" : null;
    }

    private static string? FindFrequency(string value) =>
        EuVocabularies.Frequencies.Select(f => f.Term).ToList() is var terms && Find(terms, value) is { } code ? code
        : FrequencyAliases.GetValueOrDefault(DatasetRules.Fold(value).TrimEnd('s'));

    /// <summary>A term by its code, its URI or its label in any language, case and accents ignored.</summary>
    public static string? Find(IReadOnlyList<VocabularyTerm> vocabulary, string value)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var v = DatasetRules.Fold(value);
        var key = DatasetColumns.Key(value);
        return vocabulary.FirstOrDefault(t => DatasetColumns.Key(t.Code) == key || string.Equals(t.Uri, value.Trim(), StringComparison.OrdinalIgnoreCase)
            || t.Label.Values.Values.Any(l => DatasetRules.Fold(l) == v))?.Code;
    }

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;
}
