using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class AnswerImportBatchMapping : IEntityTypeConfiguration<AnswerImportBatch>
{
    public void Configure(EntityTypeBuilder<AnswerImportBatch> builder)
    {
        builder.HasIndex(b => b.CampaignId);
        builder.HasIndex(b => new { b.CampaignId, b.FileSha256 });
        builder.Property(b => b.FileName).HasMaxLength(AnswerImportBatch.MaxFileNameLength);
        builder.Property(b => b.FileSha256).HasMaxLength(64);
        builder.Property(b => b.UserId).HasMaxLength(450);
        builder.Property(b => b.UserName).HasMaxLength(256);
        builder.Property(b => b.UndoneByName).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
