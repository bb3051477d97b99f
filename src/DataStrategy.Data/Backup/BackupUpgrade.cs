using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataStrategy.Core.Text;

namespace DataStrategy.Data.Backup;

/// <summary>
/// Reads files written before a field became multilingual: where a row's property is now a
/// <see cref="LocalizedText"/> but the file has a plain string, the string is taken as written in the
/// organisation's default language. Driven by the entity types, so a field made multilingual later needs no code here.
/// </summary>
internal static class BackupUpgrade
{
    /// <summary>The file with its plain strings wrapped, or null when it has none (the common case: read it as is).</summary>
    public static JsonNode? WrapPlainTexts(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null; // The caller's own parse reports the error.
        }

        if (root is not JsonObject file)
        {
            return null;
        }

        var language = (file["organisation"] as JsonObject)?["defaultLanguage"]?.GetValue<string>() ?? Core.Languages.French;
        var changed = false;
        foreach (var list in typeof(OrganisationBackup).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (ItemType(list.PropertyType) is not { } itemType || file[JsonNamingPolicy.CamelCase.ConvertName(list.Name)] is not JsonArray rows)
            {
                continue;
            }

            var texts = itemType.GetProperties().Where(p => p.PropertyType == typeof(LocalizedText)).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
            foreach (var row in rows.OfType<JsonObject>())
            {
                foreach (var name in texts)
                {
                    if (!row.TryGetPropertyValue(name, out var node) || node is JsonObject)
                    {
                        continue;
                    }

                    var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
                    row[name] = string.IsNullOrWhiteSpace(text) ? new JsonObject() : new JsonObject { [language] = text };
                    changed = true;
                }
            }
        }

        return changed ? file : null;
    }

    private static Type? ItemType(Type listType) =>
        listType.IsGenericType && listType.GetGenericTypeDefinition() == typeof(List<>) ? listType.GetGenericArguments()[0] : null;
}
