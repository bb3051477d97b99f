using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class EventAgendaItemMapping : IEntityTypeConfiguration<EventAgendaItem>
{
    public void Configure(EntityTypeBuilder<EventAgendaItem> builder)
    {
        builder.HasIndex(x => new { x.EventId, x.Position });
        builder.Property(x => x.Kind).HasMaxLength(20);
        builder.Property(x => x.Presenter).HasMaxLength(200);
        builder.Property(x => x.Title).HasMaxLength(2000);
        builder.HasOne<ShowAndTellEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CaseStudy>().WithMany().HasForeignKey(x => x.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
    }
}
