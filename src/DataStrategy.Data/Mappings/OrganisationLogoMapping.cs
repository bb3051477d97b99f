using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class OrganisationLogoMapping : IEntityTypeConfiguration<OrganisationLogo>
{
    public void Configure(EntityTypeBuilder<OrganisationLogo> builder)
    {
        builder.HasKey(l => l.OrganisationId);
        builder.Property(l => l.ContentType).HasMaxLength(20);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<OrganisationLogo>(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
