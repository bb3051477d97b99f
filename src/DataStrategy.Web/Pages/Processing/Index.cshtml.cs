using DataStrategy.Core.Inventory;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Processing;

/// <summary>The datasets holding personal data and whether their record of processing is complete: for data protection officers only.</summary>
[RequirePermission(Permission.ManageProcessingRecords)]
public sealed class IndexModel(AppDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> l) : OrgPageModel(db, tenant, l)
{
    public List<(Dataset Dataset, ProcessingRecord? Record, IReadOnlyList<string> Missing)> Rows { get; } = [];

    public async Task OnGetAsync()
    {
        var datasets = await Db.Datasets.AsNoTracking().Where(d => d.PersonalData).OrderBy(d => d.Slug).ToListAsync();
        var records = await Db.ProcessingRecords.AsNoTracking().ToDictionaryAsync(r => r.DatasetId);
        foreach (var d in datasets)
        {
            var record = records.GetValueOrDefault(d.Id);
            var missing = record is null ? ProcessingRecordRules.Missing(EditModel.FieldsOf(new ProcessingRecord())) : ProcessingRecordRules.Missing(EditModel.FieldsOf(record));
            Rows.Add((d, record, missing));
        }
    }
}
