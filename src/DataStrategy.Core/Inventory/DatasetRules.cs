namespace DataStrategy.Core.Inventory;

/// <summary>
/// The register's rules, once for the pages, the import, the API and the CLI: field limits, when a dataset is due
/// for review, when it is stale.
/// </summary>
public static class DatasetRules
{
    public const int MaxTitle = 300;
    public const int MaxDescription = 8000;
    public const int MaxKeywords = 1000;
    public const int MaxSlug = 80;
    public const int MaxSourceSystem = 200;
    public const int MaxSpatial = 300;
    public const int MaxQualityNotes = 4000;
    public const int MaxDistributions = 20;
    public const int MaxAddress = 2000;
    public const int MaxProcessingText = 4000;
    public const int DefaultReviewMonths = 12;
    public const int MinReviewMonths = 1;
    public const int MaxReviewMonths = 60;

    /// <summary>Days after a missed update before a dataset counts as stale: a grace for late pipelines.</summary>
    public const int StaleGraceDays = 3;

    /// <summary>The day a review is next due: the cycle counted from the last review, or from the day it was registered.</summary>
    public static DateOnly NextReviewDue(DateOnly? lastReviewed, DateOnly registered, int reviewMonths) =>
        (lastReviewed ?? registered).AddMonths(Math.Clamp(reviewMonths, MinReviewMonths, MaxReviewMonths));

    /// <summary>
    /// Whether a dataset has gone longer than its update frequency (plus <see cref="StaleGraceDays"/>) without an
    /// update. A dataset whose frequency sets no interval is never stale; one never updated is stale once it is due.
    /// </summary>
    public static bool IsStale(string? frequency, DateTimeOffset? lastUpdated, DateTimeOffset registered, DateTimeOffset now) =>
        StaleSince(frequency, lastUpdated, registered) is { } since && since < now;

    /// <summary>The moment from which the dataset is stale, or <see langword="null"/> when its frequency sets no interval.</summary>
    public static DateTimeOffset? StaleSince(string? frequency, DateTimeOffset? lastUpdated, DateTimeOffset registered) =>
        EuVocabularies.FrequencyOf(frequency)?.Days is { } days ? (lastUpdated ?? registered).AddDays(days + StaleGraceDays) : null;

    /// <summary>Longest search text kept (the column's size); a description beyond it is not searched.</summary>
    public const int MaxSearchText = 4000;

    /// <summary>The texts folded for search: lower case, accents removed, one space between words.</summary>
    public static string SearchText(IEnumerable<string?> texts) => Truncate(Fold(string.Join(' ', texts.Where(t => !string.IsNullOrWhiteSpace(t)))), MaxSearchText);

    /// <summary>A text folded as <see cref="SearchText"/> folds: what a search box's words are compared with.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
