using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CaseStudyMapping : IEntityTypeConfiguration<CaseStudy>
{
    public void Configure(EntityTypeBuilder<CaseStudy> builder)
    {
        builder.HasIndex(c => new { c.OrganisationId, c.Slug }).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.PublishedAt });
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Title).HasMaxLength(2000);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        foreach (var name in new[] { nameof(CaseStudy.Problem), nameof(CaseStudy.DataUsed), nameof(CaseStudy.Approach), nameof(CaseStudy.Outcome), nameof(CaseStudy.Lessons) })
        {
            builder.Property<LocalizedText>(name).HasMaxLength(40000);
        }

        builder.Property(c => c.Contacts).HasMaxLength(2000);
        builder.Property(c => c.Figures).HasConversion<JsonValueConverter<List<CaseStudyFigure>>, JsonValueComparer<List<CaseStudyFigure>>>().HasMaxLength(4000);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.ThemeIds).HasMaxLength(4000);
        builder.Property(c => c.FindingIds).HasMaxLength(4000);
        builder.Property(c => c.ObjectiveIds).HasMaxLength(4000);
        builder.Property(c => c.InitiativeIds).HasMaxLength(4000);
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
