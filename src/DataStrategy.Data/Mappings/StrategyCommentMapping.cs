using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StrategyCommentMapping : IEntityTypeConfiguration<StrategyComment>
{
    public void Configure(EntityTypeBuilder<StrategyComment> builder)
    {
        builder.HasIndex(c => new { c.ItemId, c.CreatedAt });
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.Language).HasMaxLength(8);
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.ResolvedByName).HasMaxLength(200);
        builder.Property(c => c.Mentions).HasMaxLength(4000);
        builder.HasOne<StrategyItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StrategyComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
    }
}
