using DataStrategy.Core.Text;

namespace DataStrategy.Core.Inventory;

/// <summary>
/// When a dataset is complete enough for the public site and the DCAT-AP catalogue: access right PUBLIC, a licence,
/// at least one distribution, a title and a description in every language of the organisation, at least one theme.
/// </summary>
public static class DatasetPublication
{
    /// <summary>What is missing; empty when the dataset may be published.</summary>
    public static List<DatasetGap> Missing(
        string? accessRight, string? licence, int distributions, LocalizedText title, LocalizedText description, IReadOnlyCollection<string> themes, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(languages);
        var gaps = new List<DatasetGap>();
        if (accessRight != "PUBLIC")
        {
            gaps.Add(new DatasetGap(DatasetGapKind.NotPublic));
        }

        if (EuVocabularies.Find(EuVocabularies.Licences, licence) is null)
        {
            gaps.Add(new DatasetGap(DatasetGapKind.Licence));
        }

        if (distributions < 1)
        {
            gaps.Add(new DatasetGap(DatasetGapKind.Distribution));
        }

        var wanted = languages.Distinct(StringComparer.Ordinal).ToList();
        gaps.AddRange(wanted.Where(l => string.IsNullOrWhiteSpace(title[l])).Select(l => new DatasetGap(DatasetGapKind.Title, l)));
        gaps.AddRange(wanted.Where(l => string.IsNullOrWhiteSpace(description[l])).Select(l => new DatasetGap(DatasetGapKind.Description, l)));
        if (themes.Count == 0)
        {
            gaps.Add(new DatasetGap(DatasetGapKind.Theme));
        }

        return gaps;
    }
}
