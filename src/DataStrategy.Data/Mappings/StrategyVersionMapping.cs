using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StrategyVersionMapping : IEntityTypeConfiguration<StrategyVersion>
{
    public void Configure(EntityTypeBuilder<StrategyVersion> builder)
    {
        builder.HasIndex(v => new { v.StrategyId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.OrganisationId, v.Status });
        builder.Property(v => v.Status).HasMaxLength(20);
        builder.Property(v => v.Summary).HasMaxLength(4000);
        builder.Property(v => v.SummaryLanguage).HasMaxLength(8);
        builder.Property(v => v.SubmittedById).HasMaxLength(450);
        builder.Property(v => v.SubmittedByName).HasMaxLength(200);
        builder.Property(v => v.PublishedByName).HasMaxLength(200);
        builder.HasOne<Strategy>().WithMany().HasForeignKey(v => v.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}
