using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class RoadmapMapping : IEntityTypeConfiguration<Roadmap>
{
    public void Configure(EntityTypeBuilder<Roadmap> builder)
    {
        builder.HasIndex(r => r.OrganisationId).IsUnique();
        builder.Property(r => r.Granularity).HasMaxLength(20);
        builder.Property(r => r.Objective).HasMaxLength(30);
    }
}
