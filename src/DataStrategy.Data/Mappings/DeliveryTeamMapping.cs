using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class DeliveryTeamMapping : IEntityTypeConfiguration<DeliveryTeam>
{
    public void Configure(EntityTypeBuilder<DeliveryTeam> builder)
    {
        builder.HasIndex(t => new { t.OrganisationId, t.Position });
        builder.Property(t => t.Name).HasMaxLength(2000);
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
