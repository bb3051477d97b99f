using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class ScheduleProposalMapping : IEntityTypeConfiguration<ScheduleProposal>
{
    public void Configure(EntityTypeBuilder<ScheduleProposal> builder)
    {
        builder.HasIndex(p => new { p.OrganisationId, p.CreatedAt });
        builder.Property(p => p.Objective).HasMaxLength(30);
        builder.Property(p => p.State).HasMaxLength(20);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.InputHash).HasMaxLength(64);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
    }
}
