using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkstreamMapping : IEntityTypeConfiguration<Workstream>
{
    public void Configure(EntityTypeBuilder<Workstream> builder)
    {
        builder.HasIndex(w => new { w.OrganisationId, w.Position });
        builder.Property(w => w.Name).HasMaxLength(2000);
    }
}
