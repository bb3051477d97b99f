using System.Globalization;

namespace DataStrategy.Core.Text;

/// <summary>
/// Dates as a reader writes them: "1er déc. 2025" in French (the first of the month is an ordinal), "1 dec. 2025" in
/// Dutch, "1 Dec 2025" in English. One place, so that pages, documents and e-mails agree.
/// </summary>
public static class DateText
{
    /// <summary>Day, abbreviated month, year.</summary>
    public static string Abbreviated(DateOnly date, CultureInfo culture) => Format(date, culture, "MMM yyyy");

    /// <summary>Day, full month, year.</summary>
    public static string Full(DateOnly date, CultureInfo culture) => Format(date, culture, "MMMM yyyy");

    private static string Format(DateOnly date, CultureInfo culture, string rest)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var day = date.Day == 1 && culture.TwoLetterISOLanguageName == "fr" ? "1er" : date.Day.ToString(culture);
        return day + " " + date.ToString(rest, culture);
    }
}
