using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DataStrategy.Data.Mappings;

internal sealed class JsonValueComparer<T>() : ValueComparer<T>(
    (a, b) => JsonSerializer.Serialize(a, JsonColumn.Options) == JsonSerializer.Serialize(b, JsonColumn.Options),
    v => JsonSerializer.Serialize(v, JsonColumn.Options).GetHashCode(StringComparison.Ordinal),
    v => JsonColumn.Read<T>(JsonSerializer.Serialize(v, JsonColumn.Options)))
    where T : new();
