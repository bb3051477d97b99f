using System.Globalization;
using DataStrategy.Core.Csv;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Inventory.Exchange;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>
/// The whole register as XLSX or CSV. Columns are the import's own names (<see cref="DatasetColumns"/>), values in the
/// reader's language (labels of the EU vocabularies, yes/no), which the import reads back. Never a record of processing.
/// </summary>
[RequirePermission(Permission.ViewInventory)]
public sealed class ExportModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public async Task<IActionResult> OnGetAsync(string? format)
    {
        var header = DatasetColumns.All(Organisation.Languages);
        var datasets = await Db.Datasets.AsNoTracking().OrderBy(d => d.Slug).ToListAsync();
        var departments = await Db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code);
        var people = await Db.Stakeholders.AsNoTracking().Where(s => s.Email != null && s.ErasedAt == null).ToDictionaryAsync(s => s.Id, s => s.Email!);
        var rows = datasets.Select(d => (IReadOnlyList<string?>)header.Select(h => Value(d, h, departments, people)).ToList()).ToList();
        var stamp = HttpContext.UtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var name = $"datasets-{Organisation.Slug}-{stamp}";
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var sheet = rows.Select(r => header.Select((h, i) => (h, v: (object?)CsvSafe.Escape(r[i]))).ToDictionary(x => x.h, x => x.v)).ToList();
            if (sheet.Count == 0)
            {
                sheet.Add(header.ToDictionary(h => h, _ => (object?)null));
            }

            using var ms = new MemoryStream();
            await ms.SaveAsAsync(sheet, sheetName: "Datasets");
            return File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        return File(CsvSafe.ToBytes(header, rows, CsvSafe.DelimiterFor(Lang)), "text/csv; charset=utf-8", name + ".csv");
    }

    private string? Value(Dataset d, string field, Dictionary<Guid, string> departments, Dictionary<Guid, string> people)
    {
        string? Label(IReadOnlyList<VocabularyTerm> vocabulary, string? code) => EuVocabularies.Find(vocabulary, code) is { } t ? t.Label.Get(Lang) : code;
        string YesNo(bool value) => value ? L["Yes"] : L["No"];
        string? InLanguage(LocalizedText t, string prefix) => t[field[prefix.Length..]];
        return field switch
        {
            DatasetColumns.Slug => d.Slug,
            _ when field.StartsWith(DatasetColumns.TitlePrefix, StringComparison.Ordinal) => InLanguage(d.Title, DatasetColumns.TitlePrefix),
            _ when field.StartsWith(DatasetColumns.DescriptionPrefix, StringComparison.Ordinal) => InLanguage(d.Description, DatasetColumns.DescriptionPrefix),
            _ when field.StartsWith(DatasetColumns.KeywordsPrefix, StringComparison.Ordinal) => InLanguage(d.Keywords, DatasetColumns.KeywordsPrefix),
            _ when field.StartsWith(DatasetColumns.QualityNotesPrefix, StringComparison.Ordinal) => InLanguage(d.QualityNotes, DatasetColumns.QualityNotesPrefix),
            DatasetColumns.Department => d.DepartmentId is { } dep ? departments.GetValueOrDefault(dep) : null,
            DatasetColumns.Owner => d.OwnerId is { } o ? people.GetValueOrDefault(o) : null,
            DatasetColumns.Steward => d.StewardId is { } s ? people.GetValueOrDefault(s) : null,
            DatasetColumns.SourceSystem => d.SourceSystem,
            DatasetColumns.Frequency => EuVocabularies.FrequencyOf(d.Frequency)?.Term.Label.Get(Lang) ?? d.Frequency,
            DatasetColumns.Themes => string.Join(DatasetColumns.ListSeparator, d.Themes.Select(t => Label(EuVocabularies.DataThemes, t))),
            DatasetColumns.AccessRight => Label(EuVocabularies.AccessRights, d.AccessRight),
            DatasetColumns.Licence => Label(EuVocabularies.Licences, d.Licence),
            DatasetColumns.Spatial => d.Spatial,
            DatasetColumns.TemporalStart => d.TemporalStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatasetColumns.TemporalEnd => d.TemporalEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatasetColumns.HighValue => YesNo(d.HighValue),
            DatasetColumns.HighValueCategory => Label(EuVocabularies.HighValueCategories, d.HighValueCategory),
            DatasetColumns.AuthenticSource => YesNo(d.AuthenticSource),
            DatasetColumns.PersonalData => YesNo(d.PersonalData),
            DatasetColumns.ReviewMonths => d.ReviewMonths.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
