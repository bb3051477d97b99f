using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class ShowAndTellEventMapping : IEntityTypeConfiguration<ShowAndTellEvent>
{
    public void Configure(EntityTypeBuilder<ShowAndTellEvent> builder)
    {
        builder.HasIndex(x => x.FeedbackCode).IsUnique();
        builder.HasIndex(x => new { x.OrganisationId, x.HeldAt });
        builder.Property(x => x.Title).HasMaxLength(2000);
        builder.Property(x => x.Audience).HasMaxLength(2000);
        builder.Property(x => x.Location).HasMaxLength(2000);
        builder.Property(x => x.FeedbackCode).HasMaxLength(6);
    }
}
