using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StrategyItemRevisionMapping : IEntityTypeConfiguration<StrategyItemRevision>
{
    public void Configure(EntityTypeBuilder<StrategyItemRevision> builder)
    {
        // No foreign key to the item: the history of a deleted item stays readable.
        builder.HasIndex(r => new { r.ItemId, r.At });
        builder.Property(r => r.Action).HasMaxLength(20);
        builder.Property(r => r.UserName).HasMaxLength(200);
    }
}
