using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StrategyItemSessionMapping : IEntityTypeConfiguration<StrategyItemSession>
{
    public void Configure(EntityTypeBuilder<StrategyItemSession> builder)
    {
        builder.HasIndex(s => new { s.ItemId, s.SessionId }).IsUnique();
        builder.HasIndex(s => s.SessionId);
        builder.HasOne<StrategyItem>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkingSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
