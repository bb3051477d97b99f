using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkingSessionParticipantMapping : IEntityTypeConfiguration<WorkingSessionParticipant>
{
    public void Configure(EntityTypeBuilder<WorkingSessionParticipant> builder)
    {
        builder.HasIndex(p => new { p.SessionId, p.StakeholderId }).IsUnique();
        builder.HasIndex(p => p.StakeholderId);
        builder.HasOne<WorkingSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}
