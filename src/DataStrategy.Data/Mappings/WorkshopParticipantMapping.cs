using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class WorkshopParticipantMapping : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> builder)
    {
        builder.HasIndex(p => new { p.WorkshopId, p.DeviceHash }).IsUnique();
        builder.Property(p => p.DeviceHash).HasMaxLength(64);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}
