using System.Text.Json;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Mappings;

internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new LocalizedTextJsonConverter() } };

    public static T Read<T>(string json)
        where T : new() => JsonSerializer.Deserialize<T>(json, Options) ?? new T();
}
