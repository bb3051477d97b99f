using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkingSessionMapping : IEntityTypeConfiguration<WorkingSession>
{
    public void Configure(EntityTypeBuilder<WorkingSession> builder)
    {
        builder.HasIndex(s => new { s.OrganisationId, s.Position });
        builder.Property(s => s.Title).HasMaxLength(2000);
        builder.Property(s => s.Template).HasMaxLength(30);
        builder.Property(s => s.Agenda).HasMaxLength(40000);
        builder.Property(s => s.Notes).HasMaxLength(200000);
    }
}
