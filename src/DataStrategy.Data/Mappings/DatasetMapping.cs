using DataStrategy.Core.Inventory;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class DatasetMapping : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.HasIndex(d => new { d.OrganisationId, d.Slug }).IsUnique();
        builder.HasIndex(d => new { d.OrganisationId, d.Published });
        builder.HasIndex(d => new { d.OrganisationId, d.NextReviewOn });
        builder.HasIndex(d => new { d.OrganisationId, d.StewardId });
        builder.HasIndex(d => new { d.OrganisationId, d.DepartmentId });
        builder.Property(d => d.Slug).HasMaxLength(DatasetRules.MaxSlug);
        builder.Property(d => d.Title).HasMaxLength(4 * (DatasetRules.MaxTitle + 20));
        builder.Property(d => d.Description).HasMaxLength(4 * (DatasetRules.MaxDescription + 20));
        builder.Property(d => d.Keywords).HasMaxLength(4 * (DatasetRules.MaxKeywords + 20));
        builder.Property(d => d.QualityNotes).HasMaxLength(4 * (DatasetRules.MaxQualityNotes + 20));
        builder.Property(d => d.SourceSystem).HasMaxLength(DatasetRules.MaxSourceSystem);
        builder.Property(d => d.Frequency).HasMaxLength(20);
        builder.Property(d => d.Themes).HasMaxLength(200);
        builder.Property(d => d.AccessRight).HasMaxLength(20);
        builder.Property(d => d.Licence).HasMaxLength(40);
        builder.Property(d => d.Spatial).HasMaxLength(DatasetRules.MaxSpatial);
        builder.Property(d => d.HighValueCategory).HasMaxLength(40);
        builder.Property(d => d.SearchText).HasMaxLength(DatasetRules.MaxSearchText);
        builder.Property(d => d.Distributions)
            .HasConversion<JsonValueConverter<List<DatasetDistribution>>, JsonValueComparer<List<DatasetDistribution>>>()
            .HasMaxLength(DatasetRules.MaxDistributions * (3 * DatasetRules.MaxAddress + 4 * (DatasetRules.MaxTitle + 20) + 200));
        builder.Property(d => d.InitiativeIds).HasMaxLength(4000);
        builder.Property(d => d.CaseStudyIds).HasMaxLength(4000);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(d => d.StewardId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Dataset>().WithMany().HasForeignKey(d => d.DuplicatesId).OnDelete(DeleteBehavior.SetNull);
    }
}
