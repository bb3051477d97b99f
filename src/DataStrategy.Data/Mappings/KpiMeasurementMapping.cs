using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class KpiMeasurementMapping : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> builder)
    {
        builder.HasIndex(m => new { m.KpiId, m.MeasuredOn });
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.Property(m => m.Note).HasMaxLength(500);
        builder.Property(m => m.NoteLanguage).HasMaxLength(8);
        builder.Property(m => m.RecordedBy).HasMaxLength(200);
        builder.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}
