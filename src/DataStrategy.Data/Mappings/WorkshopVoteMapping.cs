using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkshopVoteMapping : IEntityTypeConfiguration<WorkshopVote>
{
    public void Configure(EntityTypeBuilder<WorkshopVote> builder)
    {
        builder.HasIndex(v => new { v.ParticipantId, v.ThemeId }).IsUnique();
        builder.HasIndex(v => v.WorkshopId);
        builder.Property(v => v.ThemeId).HasMaxLength(64);
        builder.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
