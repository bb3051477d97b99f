using DataStrategy.Core.Inventory;

namespace DataStrategy.Core.Documents;

/// <summary>
/// The data inventory's indicators in the reader's language, for the maturity report: the sentences of its section
/// (numbers agree with their words in every language) and the same figures as a table.
/// </summary>
public static class InventorySentences
{
    public static IReadOnlyList<string> Sentences(InventoryFigures figures, string language, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var texts = DocumentTexts.Report;
        var culture = DocumentTexts.Culture(language);
        if (figures.Datasets == 0)
        {
            return [texts.Get("Inventory.Empty", language)];
        }

        string Percent(int part, int whole) => InventoryFigures.Share(part, whole).ToString("P0", culture);
        string OfDatasets(string key, int part) => texts.Count(key, language, part, figures.Datasets.ToString("N0", culture), Percent(part, figures.Datasets));
        string Counted(string key, int n) => n == 0 && texts.Contains(key + ".None") ? texts.Get(key + ".None", language) : texts.Count(key, language, n);

        var sentences = new List<string>
        {
            texts.Count("Inventory.Datasets", language, figures.Datasets, Text.DateText.Full(asOf, culture)),
            texts.Count("Inventory.Departments", language, figures.DepartmentsWithInventory, figures.Departments.ToString("N0", culture), Percent(figures.DepartmentsWithInventory, figures.Departments)),
            OfDatasets("Inventory.Reviewed", figures.ReviewedRecently),
            OfDatasets("Inventory.Owner", figures.WithOwner),
            OfDatasets("Inventory.Steward", figures.WithSteward),
            Counted("Inventory.Stale", figures.Stale),
        };
        if (figures.DueForReview > 0)
        {
            sentences.Add(Counted("Inventory.Due", figures.DueForReview));
        }

        sentences.Add(OfDatasets("Inventory.Published", figures.Published));
        sentences.Add(Counted("Inventory.Authentic", figures.AuthenticSources));
        sentences.Add(Counted("Inventory.Duplicates", figures.Duplicates));
        return sentences;
    }

    public static IReadOnlyList<ReportIndicatorRow> Rows(InventoryFigures figures, string language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Datasets == 0)
        {
            return [];
        }

        var texts = DocumentTexts.Report;
        var culture = DocumentTexts.Culture(language);
        ReportIndicatorRow Of(string key, int part, int whole) => new(
            texts.Get(key, language),
            texts.Get("Indicator.OfWhole", language, part.ToString("N0", culture), whole.ToString("N0", culture), InventoryFigures.Share(part, whole).ToString("P0", culture)));
        ReportIndicatorRow Number(string key, int n) => new(texts.Get(key, language), n.ToString("N0", culture));
        return
        [
            Of("Indicator.Departments", figures.DepartmentsWithInventory, figures.Departments),
            Of("Indicator.Reviewed", figures.ReviewedRecently, figures.Datasets),
            Of("Indicator.Owner", figures.WithOwner, figures.Datasets),
            Of("Indicator.Steward", figures.WithSteward, figures.Datasets),
            Of("Indicator.Stale", figures.Stale, figures.Datasets),
            Of("Indicator.Due", figures.DueForReview, figures.Datasets),
            Of("Indicator.Published", figures.Published, figures.Datasets),
            Number("Indicator.Authentic", figures.AuthenticSources),
            Number("Indicator.Duplicates", figures.Duplicates),
        ];
    }
}
