using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class FrameworkMapping : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.HasIndex(f => new { f.OrganisationId, f.Key, f.VersionNumber }).IsUnique();
        builder.Property(f => f.Key).HasMaxLength(64);
        builder.Property(f => f.VersionLabel).HasMaxLength(40);
        builder.Property(f => f.Name).HasMaxLength(4000);
        builder.Property(f => f.Origin).HasMaxLength(20);
        builder.Property(f => f.RollUpRule).HasMaxLength(40);
    }
}
