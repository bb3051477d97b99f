using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class RespondentMessageMapping : IEntityTypeConfiguration<RespondentMessage>
{
    public void Configure(EntityTypeBuilder<RespondentMessage> builder)
    {
        // The claim: one invitation and one n-th reminder per personal link, whoever sends it.
        builder.HasIndex(m => new { m.ResponseId, m.Round }).IsUnique();
        builder.HasIndex(m => m.CampaignId);
        builder.Property(m => m.Language).HasMaxLength(10);
        builder.Ignore(m => m.IsReminder);
        builder.HasOne<CampaignResponse>().WithMany().HasForeignKey(m => m.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
