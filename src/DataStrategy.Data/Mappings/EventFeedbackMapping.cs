using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class EventFeedbackMapping : IEntityTypeConfiguration<EventFeedback>
{
    public void Configure(EntityTypeBuilder<EventFeedback> builder)
    {
        builder.HasIndex(x => x.EventId);
        builder.Property(x => x.Comment).HasMaxLength(1000);
        builder.Property(x => x.CommentLanguage).HasMaxLength(8);
        builder.HasOne<ShowAndTellEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CaseStudy>().WithMany().HasForeignKey(x => x.FavouriteCaseStudyId).OnDelete(DeleteBehavior.SetNull);
    }
}
