using System.Globalization;
using System.Text.Json;
using DataStrategy.Core.Roadmap;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Api;

/// <summary>
/// Reads API request bodies field by field, so that every wrong value (a text where a number belongs, a date in another
/// form, an unknown field) gets a message of ours in the reader's language, naming the field — not a serializer's error.
/// </summary>
public static class ApiJson
{
    public static async Task<(JsonElement? Body, IResult? Error)> ReadObjectAsync(HttpContext context, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(l);
        var type = context.Request.ContentType;
        if (type is null || !(type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Contains("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: l["Send the request body as JSON (Content-Type: application/json)."]));
        }

        if (context.Request.ContentLength > ApiEndpoints.MaxBody)
        {
            return (null, TooLarge(l));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ApiEndpoints.MaxBody)
            {
                return (null, TooLarge(l));
            }
        }

        try
        {
            // Duplicate keys are refused: with "last one wins", {"value": 1, "value": "x"} would hide a field.
            using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !IsText(document.RootElement))
            {
                return (null, NotJson(l));
            }

            return (document.RootElement.Clone(), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Malformed JSON, and names that are not text (half a surrogate pair) met while looking for duplicates.
            return (null, NotJson(l));
        }
    }

    /// <summary>
    /// Whether every name and string decodes to real text: JSON may escape half a surrogate pair ("\ud800"), which the
    /// parser accepts and reading the string then refuses.
    /// </summary>
    private static bool IsText(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (!IsText(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(IsText);
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static ProblemHttpResult TooLarge(IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["The request body is larger than {0} KB.", ApiEndpoints.MaxBody / 1024]);

    private static ProblemHttpResult NotJson(IStringLocalizer<SharedResource> l) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: l["The request body must be one JSON object."]);

    /// <summary>Reads the fields of one JSON object, collecting an error per wrong field.</summary>
    public sealed class FieldReader(JsonElement element, IStringLocalizer<SharedResource> l, string path = "")
    {
        public List<(string Field, string Message)> Errors { get; } = [];

        public void Error(string field, string message) => Errors.Add((path + field, message));

        private JsonElement? Get(string field, bool required)
        {
            if (element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }

            if (required)
            {
                Error(field, l["This field is required."]);
            }

            return null;
        }

        /// <summary>Fields the endpoint does not know are refused rather than ignored (a misspelt field would otherwise vanish).</summary>
        public void RejectUnknown(params string[] known)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    Error(property.Name.Length > 50 ? property.Name[..50] : property.Name, l["Unknown field. Known fields: {0}.", string.Join(", ", known)]);
                }
            }
        }

        public decimal? Number(string field, bool required = false)
        {
            if (Get(field, required) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number)
            {
                Error(field, l["Enter a number, such as 12,5 or 12.5."]);
                return null;
            }

            switch (Tracking.TryParseNumber(value.GetRawText(), out var number))
            {
                case NumberParse.Ok:
                    return number;
                case NumberParse.OutOfRange:
                    Error(field, l["Enter a number between minus and plus one thousand billion."]);
                    return null;
                default:
                    Error(field, l["Enter a number, such as 12,5 or 12.5."]);
                    return null;
            }
        }

        public int? WholeNumber(string field, int min, int max, string message)
        {
            if (Get(field, required: true) is not { } value)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max)
            {
                return n;
            }

            Error(field, message);
            return null;
        }

        public DateOnly? Date(string field, bool required = false)
        {
            if (Get(field, required) is not { } value)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.Year is >= 2000 and <= 2100)
            {
                return date;
            }

            Error(field, l["Enter a real date between the years 2000 and 2100."] + " (yyyy-MM-dd)");
            return null;
        }

        public string? Text(string field, int maxLength, bool required = false)
        {
            if (Get(field, required) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Error(field, l["Enter a text."]);
                return null;
            }

            var text = value.GetString()!.Trim();
            if (text.Length > maxLength)
            {
                Error(field, l["The text must be at most {0} characters long.", maxLength]);
                return null;
            }

            if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                Error(field, l["The text contains control characters."]);
                return null;
            }

            if (text.Length == 0)
            {
                if (required)
                {
                    Error(field, l["This field is required."]);
                }

                return null;
            }

            return text;
        }

        public T? Choice<T>(string field, string message)
            where T : struct, Enum
        {
            if (Get(field, required: true) is not { } value)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && Enum.GetNames<T>().FirstOrDefault(n => n == value.GetString()) is { } name)
            {
                return Enum.Parse<T>(name);
            }

            Error(field, message);
            return null;
        }

        public Guid? Identifier(string field)
        {
            if (Get(field, required: false) is not { } value)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && System.Guid.TryParse(value.GetString(), out var id))
            {
                return id;
            }

            Error(field, l["Enter an identifier as given by the API."]);
            return null;
        }

        public List<JsonElement>? Array(string field, bool required = false)
        {
            if (Get(field, required) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(field, l["Enter a list."]);
                return null;
            }

            return value.EnumerateArray().ToList();
        }
    }
}
