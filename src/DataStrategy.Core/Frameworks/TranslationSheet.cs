using System.Globalization;
using DataStrategy.Core.Imports;
using MiniExcelLibs;

namespace DataStrategy.Core.Frameworks;

/// <summary>
/// The translation sheet: one row per text, one column per language, stable IDs in the first
/// column. Translators work in Excel; importing the sheet back changes texts only, never structure.
/// </summary>
public static class TranslationSheet
{
    public const string IdColumn = "id";
    public const string KindColumn = "kind";
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Every text of the framework, in reading order, with its stable ID.</summary>
    public static IEnumerable<TextSlot> Slots(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        yield return new("framework.name", "framework", framework.Name);
        yield return new("framework.description", "framework", framework.Description);
        foreach (var level in framework.Levels)
        {
            var n = level.Value.ToString(CultureInfo.InvariantCulture);
            yield return new($"level.{n}.name", "level", level.Name);
            yield return new($"level.{n}.description", "level", level.Description);
        }

        foreach (var theme in framework.Themes)
        {
            yield return new($"theme.{theme.Id}.name", "theme", theme.Name);
            yield return new($"theme.{theme.Id}.description", "theme", theme.Description);
        }

        foreach (var topic in framework.Topics)
        {
            yield return new($"topic.{topic.Id}.name", "topic", topic.Name);
            yield return new($"topic.{topic.Id}.description", "topic", topic.Description);
        }

        foreach (var q in framework.Questions)
        {
            yield return new($"question.{q.Id}.text", "question", q.Text);
            yield return new($"question.{q.Id}.help", "help", q.Help);
            foreach (var (level, text) in q.Descriptors)
            {
                yield return new($"question.{q.Id}.level.{level.ToString(CultureInfo.InvariantCulture)}", "descriptor", text);
            }
        }
    }

    public static IReadOnlyList<LanguageCompleteness> Completeness(FrameworkDefinition framework, IEnumerable<string> languages)
    {
        var slots = Slots(framework).Where(s => !s.Text.IsEmpty).ToList();
        return languages.Select(l => new LanguageCompleteness(l, slots.Count(s => s.Text.Has(l)), slots.Count)).ToList();
    }

    public static byte[] Export(FrameworkDefinition framework, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var slot in Slots(framework))
        {
            var row = new Dictionary<string, object?> { [IdColumn] = slot.Id, [KindColumn] = slot.Kind };
            foreach (var language in languages)
            {
                row[language] = slot.Text[language] ?? string.Empty;
            }

            rows.Add(row);
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "translations");
        return stream.ToArray();
    }

    /// <summary>
    /// Applies a sheet to a copy of <paramref name="framework"/>. Language columns present in the
    /// sheet replace those texts (an empty cell removes the translation); other languages are kept.
    /// </summary>
    public static TranslationImportResult Import(FrameworkDefinition framework, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            return new(null, [new ImportIssue(ImportErrorCode.FileTooLarge, Value: (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture))], 0);
        }

        TabularData data;
        try
        {
            data = TabularFile.Read(fileName, content, 50_000);
        }
        catch (TabularFileException ex)
        {
            return new(null, [new ImportIssue(ex.Code, Value: ex.Code == ImportErrorCode.FileTooLarge ? "10" : ex.Detail)], 0);
        }

        var header = data.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var idIndex = header.IndexOf(IdColumn);
        if (idIndex < 0)
        {
            return new(null, [new ImportIssue(ImportErrorCode.MissingColumn, Column: IdColumn)], 0);
        }

        // One column per content language (fr, nl, de, en); other columns (notes, a translator's "xx") are not read.
        var languageColumns = header.Select((h, i) => (h, i)).Where(x => Languages.IsContent(x.h)).ToList();
        if (languageColumns.Count == 0)
        {
            return new(null, [new ImportIssue(ImportErrorCode.MissingColumn, Column: string.Join(" / ", Languages.Content))], 0);
        }

        var copy = FrameworkJson.Read(FrameworkJson.Write(framework)).Framework!;
        var slots = Slots(copy).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var issues = new List<ImportIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var changed = 0;
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var row = data.Rows[r];
            var rowNumber = data.RowNumbers[r];
            var id = Cell(row, idIndex);
            if (id.Length == 0)
            {
                issues.Add(new ImportIssue(ImportErrorCode.Required, rowNumber, IdColumn));
                continue;
            }

            if (!slots.TryGetValue(id, out var slot))
            {
                issues.Add(new ImportIssue(ImportErrorCode.UnknownId, rowNumber, IdColumn, id.Length > 80 ? id[..80] : id));
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                issues.Add(new ImportIssue(ImportErrorCode.DuplicateInFile, rowNumber, IdColumn, first.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            seen[id] = rowNumber;
            foreach (var (language, index) in languageColumns)
            {
                var value = Cell(row, index);
                if (value.Length > FrameworkJson.MaxTextLength)
                {
                    issues.Add(new ImportIssue(ImportErrorCode.TooLong, rowNumber, language, FrameworkJson.MaxTextLength.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                if ((slot.Text[language] ?? string.Empty) != value)
                {
                    slot.Text.Set(language, value);
                    changed++;
                }
            }

            if (issues.Count > 500)
            {
                break;
            }
        }

        if (issues.Count == 0)
        {
            // Removing every translation of a required text is a structural change: refuse it.
            foreach (var problem in FrameworkJson.Validate(copy))
            {
                issues.Add(new ImportIssue(ImportErrorCode.Required, Column: problem.Path));
            }
        }

        return issues.Count == 0 ? new(copy, [], changed) : new(null, issues, 0);
    }

    private static string Cell(IReadOnlyList<string> row, int index) => index < row.Count ? row[index].Trim() : string.Empty;
}
