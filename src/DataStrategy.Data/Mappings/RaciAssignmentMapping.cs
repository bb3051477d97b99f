using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class RaciAssignmentMapping : IEntityTypeConfiguration<RaciAssignment>
{
    public void Configure(EntityTypeBuilder<RaciAssignment> builder)
    {
        builder.HasIndex(r => new { r.ActivityId, r.RoleId }).IsUnique();
        builder.HasIndex(r => r.RoleId);
        builder.Property(r => r.Letter).HasMaxLength(1);
        builder.HasOne<StrategyItem>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StrategyItem>().WithMany().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
