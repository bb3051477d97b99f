using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class InitiativeEffortMapping : IEntityTypeConfiguration<InitiativeEffort>
{
    public void Configure(EntityTypeBuilder<InitiativeEffort> builder)
    {
        builder.HasIndex(f => new { f.InitiativeId, f.TeamId }).IsUnique();
        builder.HasIndex(f => f.TeamId);
        builder.Property(f => f.Fte).HasPrecision(8, 2);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(f => f.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DeliveryTeam>().WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
