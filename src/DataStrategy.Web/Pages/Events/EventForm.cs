using System.Globalization;
using DataStrategy.Core.Text;
using DataStrategy.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Events;

/// <summary>The validation the event forms share.</summary>
public static class EventForm
{
    /// <param name="input">The title by language code, as posted.</param>
    /// <param name="languages">The languages the form offers.</param>
    public static LocalizedText Title(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer l, IReadOnlyDictionary<string, string?> input, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(l);
        var text = LocalizedFields.Read(state, "Title", input, IndexModel.MaxTitle, l["The title must be at most {0} characters long.", IndexModel.MaxTitle]);
        LocalizedFields.RequireAny(state, "Title", text, languages, l["Give the event a title in at least one language."]);
        return text;
    }

    public static DateTimeOffset? When(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer l, string? date, string? time)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(l);
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 2000 or > 2100)
        {
            state.AddModelError("Date", l["Enter a real date between the years 2000 and 2100."]);
            return null;
        }

        var clock = new TimeOnly(9, 0);
        if (!string.IsNullOrWhiteSpace(time) && !TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
        {
            state.AddModelError("Time", l["Enter a time such as 14:30."]);
            return null;
        }

        // Times are entered in the server's zone (the city's), stored in UTC.
        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local)).ToUniversalTime();
    }

    public const int MaxLocation = 200;

    /// <param name="input">The place by language code, as posted (optional; each language at most <see cref="MaxLocation"/> characters).</param>
    public static LocalizedText Location(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IStringLocalizer l, IReadOnlyDictionary<string, string?> input)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(l);
        return LocalizedFields.Read(state, "Location", input, MaxLocation, l["The place must be at most {0} characters long.", MaxLocation]);
    }
}
