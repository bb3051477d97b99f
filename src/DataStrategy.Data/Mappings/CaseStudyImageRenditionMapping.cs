using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class CaseStudyImageRenditionMapping : IEntityTypeConfiguration<CaseStudyImageRendition>
{
    public void Configure(EntityTypeBuilder<CaseStudyImageRendition> builder)
    {
        builder.HasIndex(r => new { r.ImageId, r.Size }).IsUnique();
        builder.Property(r => r.Size).HasMaxLength(10);
        builder.HasOne<CaseStudyImage>().WithMany().HasForeignKey(r => r.ImageId).OnDelete(DeleteBehavior.Cascade);
    }
}
