using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class AnswerMapping : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
        // Leads with the organisation so that it also serves the foreign key: one index fewer to maintain on bulk imports.
        // It covers the analysis scan (ADR 0010): reading a campaign's answers never touches the table rows,
        // and rows come grouped by response.
        builder.HasIndex(a => new { a.OrganisationId, a.CampaignId, a.ResponseId, a.QuestionId, a.State, a.Level });
        builder.Property(a => a.QuestionId).HasMaxLength(64);
        builder.Property(a => a.Evidence).HasMaxLength(4000);
        builder.Property(a => a.EvidenceLanguage).HasMaxLength(8);
        // The one enum stored as a number: the analysis scan reads it straight from the covering index.
        builder.Property(a => a.State).HasConversion<int>();
        builder.HasOne<CampaignResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
