using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CampaignResponseMapping : IEntityTypeConfiguration<CampaignResponse>
{
    public void Configure(EntityTypeBuilder<CampaignResponse> builder)
    {
        builder.ToTable("Responses");
        builder.HasIndex(r => new { r.CampaignId, r.Kind, r.Status });
        builder.HasIndex(r => r.Token).IsUnique();
        builder.HasIndex(r => r.StakeholderId);
        // An imported respondent is in a campaign once: the database refuses a second response with the same key,
        // whatever two imports running at the same moment checked before writing.
        builder.HasIndex(r => new { r.CampaignId, r.ExternalKey }).IsUnique().HasFilter("\"ExternalKey\" IS NOT NULL");
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.InterviewerId).HasMaxLength(450);
        builder.Property(r => r.RespondentName).HasMaxLength(200);
        builder.Property(r => r.Token).HasMaxLength(64);
        builder.Property(r => r.ExternalKey).HasMaxLength(200);
        builder.Property(r => r.LastThemeId).HasMaxLength(64);
        builder.HasOne(r => r.Stakeholder).WithMany().HasForeignKey(r => r.StakeholderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AnswerImportBatch>().WithMany().HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.SetNull);
    }
}
