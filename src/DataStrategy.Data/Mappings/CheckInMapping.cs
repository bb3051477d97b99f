using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CheckInMapping : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.HasIndex(c => new { c.InitiativeId, c.Month }).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.Month });
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.Rag).HasMaxLength(10);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.NoteLanguage).HasMaxLength(8);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.HasOne<Initiative>().WithMany().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
