using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkshopMapping : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.HasIndex(w => w.Code).IsUnique();
        builder.HasIndex(w => w.CampaignId);
        builder.Property(w => w.Title).HasMaxLength(2000);
        builder.Property(w => w.Code).HasMaxLength(12);
        builder.Property(w => w.Status).HasMaxLength(20);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(w => w.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
