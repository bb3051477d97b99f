using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class FindingMapping : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.HasIndex(f => new { f.CampaignId, f.Position });
        builder.Property(f => f.Kind).HasMaxLength(20);
        builder.Property(f => f.Status).HasMaxLength(20);
        builder.Property(f => f.ThemeIds).HasMaxLength(2000);
        builder.Property(f => f.Text).HasMaxLength(12000);
        builder.Property(f => f.SuggestionKey).HasMaxLength(140);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
