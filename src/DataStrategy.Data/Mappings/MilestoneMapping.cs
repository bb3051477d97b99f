using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class MilestoneMapping : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.HasIndex(m => new { m.InitiativeId, m.DueOn });
        builder.Property(m => m.Title).HasMaxLength(2000);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(m => m.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
