using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CaseStudyImageMapping : IEntityTypeConfiguration<CaseStudyImage>
{
    public void Configure(EntityTypeBuilder<CaseStudyImage> builder)
    {
        builder.HasIndex(i => new { i.CaseStudyId, i.Position });
        builder.Property(i => i.AltText).HasMaxLength(2000);
        builder.HasOne<CaseStudy>().WithMany().HasForeignKey(i => i.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
    }
}
