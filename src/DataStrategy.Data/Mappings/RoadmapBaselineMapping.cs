using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class RoadmapBaselineMapping : IEntityTypeConfiguration<RoadmapBaseline>
{
    public void Configure(EntityTypeBuilder<RoadmapBaseline> builder)
    {
        builder.HasIndex(b => new { b.OrganisationId, b.CreatedAt });
        builder.Property(b => b.Name).HasMaxLength(2000);
        builder.Property(b => b.CreatedBy).HasMaxLength(200);
    }
}
