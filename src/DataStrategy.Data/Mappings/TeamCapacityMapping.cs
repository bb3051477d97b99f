using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class TeamCapacityMapping : IEntityTypeConfiguration<TeamCapacity>
{
    public void Configure(EntityTypeBuilder<TeamCapacity> builder)
    {
        builder.HasIndex(c => new { c.TeamId, c.FromMonth }).IsUnique();
        builder.Property(c => c.Fte).HasPrecision(8, 2);
        builder.HasOne<DeliveryTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
