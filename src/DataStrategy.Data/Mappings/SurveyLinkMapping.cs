using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class SurveyLinkMapping : IEntityTypeConfiguration<SurveyLink>
{
    public void Configure(EntityTypeBuilder<SurveyLink> builder)
    {
        builder.HasIndex(l => l.Token).IsUnique();
        builder.Property(l => l.Label).HasMaxLength(2000);
        builder.Property(l => l.Token).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
