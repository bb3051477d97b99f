using System.Globalization;

namespace DataStrategy.Data.Roadmaps;

/// <summary>Month arithmetic of a roadmap: period 0 is its start month.</summary>
public static class Months
{
    public static DateOnly First(DateOnly date) => new(date.Year, date.Month, 1);

    public static int Index(DateOnly start, DateOnly month) => ((month.Year - start.Year) * 12) + month.Month - start.Month;

    public static DateOnly At(DateOnly start, int index) => First(start).AddMonths(index);

    public static string Iso(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Parses "yyyy-MM" (what an HTML month input sends) or "yyyy-MM-dd" to the first of its month.</summary>
    public static DateOnly? Parse(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            return month.Year is >= 2000 and <= 2100 ? First(month) : null;
        }

        return null;
    }
}
