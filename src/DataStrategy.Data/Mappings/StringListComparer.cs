using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DataStrategy.Data.Mappings;

internal sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => a!.SequenceEqual(b!),
    v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
    v => v.ToList());
