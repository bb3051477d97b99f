using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CityPriorityMapping : IEntityTypeConfiguration<CityPriority>
{
    public void Configure(EntityTypeBuilder<CityPriority> builder)
    {
        builder.HasIndex(p => new { p.OrganisationId, p.Position });
        builder.Property(p => p.Name).HasMaxLength(2000);
    }
}
