using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class FindingEvidenceMapping : IEntityTypeConfiguration<FindingEvidence>
{
    public void Configure(EntityTypeBuilder<FindingEvidence> builder)
    {
        builder.HasIndex(f => f.FindingId);
        builder.HasIndex(f => f.NoteId);
        builder.HasIndex(f => f.AnswerId);
        builder.HasOne<Finding>().WithMany().HasForeignKey(f => f.FindingId).OnDelete(DeleteBehavior.Cascade);
        // Erasing a person deletes their notes; the evidence link goes with them.
        builder.HasOne<EvidenceNote>().WithMany().HasForeignKey(f => f.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Answer>().WithMany().HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
    }
}
