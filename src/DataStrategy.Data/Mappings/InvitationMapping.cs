using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class InvitationMapping : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.Email });
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.Role).HasMaxLength(20);
    }
}
