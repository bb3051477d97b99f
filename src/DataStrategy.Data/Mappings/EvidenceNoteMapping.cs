using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class EvidenceNoteMapping : IEntityTypeConfiguration<EvidenceNote>
{
    public void Configure(EntityTypeBuilder<EvidenceNote> builder)
    {
        builder.HasIndex(n => n.ResponseId);
        builder.HasIndex(n => n.CampaignId);
        builder.Property(n => n.Kind).HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.Language).HasMaxLength(8);
        builder.Property(n => n.QuestionId).HasMaxLength(64);
        builder.Property(n => n.ThemeId).HasMaxLength(64);
        builder.HasOne<CampaignResponse>().WithMany().HasForeignKey(n => n.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
