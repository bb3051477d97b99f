using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class EventAttendeeMapping : IEntityTypeConfiguration<EventAttendee>
{
    public void Configure(EntityTypeBuilder<EventAttendee> builder)
    {
        builder.HasIndex(x => x.EventId);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Affiliation).HasMaxLength(200);
        builder.HasOne<ShowAndTellEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
