using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class SessionOutcomeMapping : IEntityTypeConfiguration<SessionOutcome>
{
    public void Configure(EntityTypeBuilder<SessionOutcome> builder)
    {
        builder.HasIndex(o => new { o.SessionId, o.Kind });
        builder.HasIndex(o => o.OwnerStakeholderId);
        builder.Property(o => o.Kind).HasMaxLength(20);
        builder.Property(o => o.Status).HasMaxLength(20);
        builder.Property(o => o.Text).HasMaxLength(10000);
        builder.HasOne<WorkingSession>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(o => o.OwnerStakeholderId).OnDelete(DeleteBehavior.SetNull);
    }
}
