using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class ThemePriorityMapping : IEntityTypeConfiguration<ThemePriority>
{
    public void Configure(EntityTypeBuilder<ThemePriority> builder)
    {
        builder.HasIndex(p => new { p.CampaignId, p.ThemeId }).IsUnique();
        builder.Property(p => p.ThemeId).HasMaxLength(64);
        builder.Property(p => p.Reasoning).HasMaxLength(12000);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
