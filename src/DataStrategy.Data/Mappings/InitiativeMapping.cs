using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class InitiativeMapping : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.HasIndex(i => new { i.OrganisationId, i.Code }).IsUnique();
        builder.HasIndex(i => new { i.OrganisationId, i.Position });
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(2000);
        builder.Property(i => i.Description).HasMaxLength(20000);
        builder.Property(i => i.Status).HasMaxLength(20);
        builder.Property(i => i.Rag).HasMaxLength(10);
        builder.Property(i => i.Budget).HasPrecision(14, 2);
        builder.Property(i => i.ObjectiveIds).HasMaxLength(4000);
        builder.Property(i => i.ThemeIds).HasMaxLength(4000);
        builder.HasOne<Workstream>().WithMany().HasForeignKey(i => i.WorkstreamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StrategyItem>().WithMany().HasForeignKey(i => i.LeadRoleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(i => i.LeadStakeholderId).OnDelete(DeleteBehavior.SetNull);
    }
}
