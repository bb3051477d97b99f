using System.Text.Json;
using DataStrategy.Core.Text;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataStrategy.Data.Mappings;

/// <summary>Multilingual text as one JSON object per column (ARCHITECTURE: a value object stored as JSON).</summary>
internal sealed class LocalizedTextConverter() : ValueConverter<LocalizedText, string>(v => v.ToJson(), v => LocalizedText.FromJson(v));

internal sealed class LocalizedTextComparer() : ValueComparer<LocalizedText>((a, b) => a!.Equals(b), v => v.GetHashCode(), v => LocalizedText.FromJson(v.ToJson()));

/// <summary>A list of identifiers or codes as one comma-separated column.</summary>
internal sealed class StringListConverter() : ValueConverter<List<string>, string>(v => string.Join(',', v), v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

internal sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => a!.SequenceEqual(b!),
    v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
    v => v.ToList());

/// <summary>SQLite cannot order DateTimeOffset values: they are stored there as UTC ticks.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>A small structured value (figures, texts by key, links) as one JSON column.</summary>
internal sealed class JsonValueConverter<T>() : ValueConverter<T, string>(v => JsonSerializer.Serialize(v, JsonColumn.Options), v => JsonColumn.Read<T>(v))
    where T : new();

internal sealed class JsonValueComparer<T>() : ValueComparer<T>(
    (a, b) => JsonSerializer.Serialize(a, JsonColumn.Options) == JsonSerializer.Serialize(b, JsonColumn.Options),
    v => JsonSerializer.Serialize(v, JsonColumn.Options).GetHashCode(StringComparison.Ordinal),
    v => JsonColumn.Read<T>(JsonSerializer.Serialize(v, JsonColumn.Options)))
    where T : new();

internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new LocalizedTextJsonConverter() } };

    public static T Read<T>(string json)
        where T : new() => JsonSerializer.Deserialize<T>(json, Options) ?? new T();
}
