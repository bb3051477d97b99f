using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class RenderedPdfMapping : IEntityTypeConfiguration<RenderedPdf>
{
    public void Configure(EntityTypeBuilder<RenderedPdf> builder)
    {
        builder.ToTable("RenderedPdfs");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(64);
        builder.Property(r => r.Subject).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganisationId, r.Subject });
    }
}
