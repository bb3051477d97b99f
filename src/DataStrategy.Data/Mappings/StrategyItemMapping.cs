using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DataStrategy.Data.Mappings;

internal sealed class StrategyItemMapping : IEntityTypeConfiguration<StrategyItem>
{
    public void Configure(EntityTypeBuilder<StrategyItem> builder)
    {
        builder.HasIndex(i => new { i.StrategyId, i.Kind, i.Position });
        builder.Property(i => i.Kind).HasMaxLength(30);
        builder.Property(i => i.Title).HasMaxLength(2000);
        builder.Property(i => i.Texts).HasConversion<JsonValueConverter<Dictionary<string, LocalizedText>>, JsonValueComparer<Dictionary<string, LocalizedText>>>().HasMaxLength(200000);
        builder.Property(i => i.Links).HasConversion<JsonValueConverter<List<StrategyLink>>, JsonValueComparer<List<StrategyLink>>>().HasMaxLength(40000);
        builder.HasOne<Strategy>().WithMany().HasForeignKey(i => i.StrategyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
