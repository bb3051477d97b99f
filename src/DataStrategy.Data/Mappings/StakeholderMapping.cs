using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StakeholderMapping : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.HasIndex(s => new { s.OrganisationId, s.Name });
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.JobTitle).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Notes).HasMaxLength(4000);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.NotesLanguage).HasMaxLength(8);
        builder.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
