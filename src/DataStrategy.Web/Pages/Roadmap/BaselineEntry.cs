using System.Globalization;
using System.Text.Json.Serialization;

namespace DataStrategy.Web.Pages.Roadmap;

/// <summary>One initiative in a saved baseline: its start month and duration then.</summary>
public sealed record BaselineEntry(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("start")] string Start,
    [property: JsonPropertyName("months")] int Months)
{
    public DateOnly? StartMonth => DateOnly.TryParseExact(Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
