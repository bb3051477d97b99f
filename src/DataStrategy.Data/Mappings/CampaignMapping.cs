using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CampaignMapping : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        // JSON of one name per language (200 characters each, up to four languages and the JSON around them).
        builder.Property(c => c.Name).HasMaxLength(2000);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.DepartmentIds).HasMaxLength(4000);
        builder.Property(c => c.TargetLevels).HasMaxLength(4000);
        builder.HasOne(c => c.Framework).WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
