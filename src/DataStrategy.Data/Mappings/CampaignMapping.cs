using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CampaignMapping : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasIndex(c => new { c.OrganisationId, c.Name });
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.DepartmentIds).HasMaxLength(4000);
        builder.Property(c => c.TargetLevels).HasMaxLength(4000);
        builder.HasOne(c => c.Framework).WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
