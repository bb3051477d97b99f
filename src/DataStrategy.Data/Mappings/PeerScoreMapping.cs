using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class PeerScoreMapping : IEntityTypeConfiguration<PeerScore>
{
    public void Configure(EntityTypeBuilder<PeerScore> builder)
    {
        builder.HasIndex(p => new { p.FrameworkKey, p.OrganisationId, p.ThemeId }).IsUnique();
        builder.Property(p => p.FrameworkKey).HasMaxLength(64);
        builder.Property(p => p.ThemeId).HasMaxLength(64);
        // Not tenant-owned (peers are compared across organisations), but deleted with its organisation.
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
