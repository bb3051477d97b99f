using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class InitiativeDependencyMapping : IEntityTypeConfiguration<InitiativeDependency>
{
    public void Configure(EntityTypeBuilder<InitiativeDependency> builder)
    {
        builder.HasIndex(d => new { d.PredecessorId, d.SuccessorId }).IsUnique();
        builder.HasIndex(d => d.SuccessorId);
        builder.Property(d => d.Type).HasMaxLength(20);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(d => d.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(d => d.SuccessorId).OnDelete(DeleteBehavior.Cascade);
    }
}
