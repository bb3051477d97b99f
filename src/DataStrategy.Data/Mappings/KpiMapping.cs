using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class KpiMapping : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.HasIndex(k => new { k.OrganisationId, k.Position });
        builder.Property(k => k.Name).HasMaxLength(2000);
        builder.Property(k => k.Unit).HasMaxLength(400);
        builder.Property(k => k.Baseline).HasPrecision(18, 4);
        builder.Property(k => k.Target).HasPrecision(18, 4);
        builder.Property(k => k.ObjectiveIds).HasMaxLength(4000);
        builder.Property(k => k.InitiativeIds).HasMaxLength(40000);
        builder.HasOne<Dataset>().WithMany().HasForeignKey(k => k.SourceDatasetId).OnDelete(DeleteBehavior.SetNull);
    }
}
