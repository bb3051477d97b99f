using DataStrategy.Core.Inventory;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class ProcessingRecordMapping : IEntityTypeConfiguration<ProcessingRecord>
{
    public void Configure(EntityTypeBuilder<ProcessingRecord> builder)
    {
        builder.HasIndex(p => new { p.OrganisationId, p.DatasetId }).IsUnique();
        foreach (var name in new[]
        {
            nameof(ProcessingRecord.Controller), nameof(ProcessingRecord.ProtectionOfficer), nameof(ProcessingRecord.Purposes),
            nameof(ProcessingRecord.DataSubjects), nameof(ProcessingRecord.PersonalDataCategories), nameof(ProcessingRecord.Recipients),
            nameof(ProcessingRecord.TransfersOutsideEu), nameof(ProcessingRecord.Retention), nameof(ProcessingRecord.SecurityMeasures),
        })
        {
            builder.Property<string>(name).HasMaxLength(DatasetRules.MaxProcessingText);
        }

        builder.Property(p => p.LegalBases).HasMaxLength(40);
        builder.Property(p => p.SpecialCategoryConditions).HasMaxLength(40);
        builder.HasOne<Dataset>().WithMany().HasForeignKey(p => p.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
