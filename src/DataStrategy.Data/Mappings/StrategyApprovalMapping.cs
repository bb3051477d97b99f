using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StrategyApprovalMapping : IEntityTypeConfiguration<StrategyApproval>
{
    public void Configure(EntityTypeBuilder<StrategyApproval> builder)
    {
        builder.HasIndex(a => a.VersionId);
        builder.Property(a => a.Decision).HasMaxLength(20);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.Comment).HasMaxLength(2000);
        builder.Property(a => a.CommentLanguage).HasMaxLength(8);
        builder.HasOne<StrategyVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
