using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class OrganisationMapping : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Slug).HasMaxLength(60);
        builder.Property(o => o.Name).HasMaxLength(2000);
        builder.Property(o => o.Languages).HasMaxLength(100);
        builder.Property(o => o.DefaultLanguage).HasMaxLength(5);
        builder.Property(o => o.CatalogueContactEmail).HasMaxLength(254);
        builder.Property(o => o.Homepage).HasMaxLength(500);
        builder.Property(o => o.AccentColour).HasMaxLength(6).HasDefaultValue("1F4E79");
    }
}
