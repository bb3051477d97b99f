using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkshopCommentMapping : IEntityTypeConfiguration<WorkshopComment>
{
    public void Configure(EntityTypeBuilder<WorkshopComment> builder)
    {
        builder.HasIndex(c => new { c.WorkshopId, c.CreatedAt });
        builder.Property(c => c.Text).HasMaxLength(500);
        builder.Property(c => c.Language).HasMaxLength(8);
        builder.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
