using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class AnswerImportBatchMapping : IEntityTypeConfiguration<AnswerImportBatch>
{
    public void Configure(EntityTypeBuilder<AnswerImportBatch> builder)
    {
        builder.HasIndex(b => b.CampaignId);
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.UserName).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
