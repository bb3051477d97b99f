using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataStrategy.Data.Mappings;

/// <summary>A small structured value (figures, texts by key, links) as one JSON column.</summary>
internal sealed class JsonValueConverter<T>() : ValueConverter<T, string>(v => JsonSerializer.Serialize(v, JsonColumn.Options), v => JsonColumn.Read<T>(v))
    where T : new();
