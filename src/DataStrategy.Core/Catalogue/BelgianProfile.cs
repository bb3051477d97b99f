using DataStrategy.Core.Text;

namespace DataStrategy.Core.Catalogue;

/// <summary>
/// The Belgian federal DCAT-AP profile's rules beyond DCAT-AP (belgif bedcatap2.shacl and its specification):
/// titles and descriptions in German, French, Dutch and English (at least 3 characters each), at least one theme and a
/// licence per dataset, and a contact e-mail address for the publisher. Nothing is translated or invented: a dataset
/// with a gap is left out of the catalogue while the profile is on, and the settings page lists what to fill.
/// </summary>
public static class BelgianProfile
{
    /// <summary>The languages multilingual fields must be completed in.</summary>
    public static IReadOnlyList<string> Languages { get; } = [Core.Languages.French, Core.Languages.Dutch, Core.Languages.German, Core.Languages.English];

    /// <summary>The shortest title or description the profile accepts.</summary>
    public const int MinLength = 3;

    /// <summary>What <paramref name="dataset"/> lacks for the profile; empty when it may be listed.</summary>
    public static IReadOnlyList<BelgianGap> Gaps(CatalogueDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var gaps = new List<BelgianGap>();
        AddTextGaps(gaps, "title", dataset.Title);
        AddTextGaps(gaps, "description", dataset.Description);
        if (!dataset.Themes.Any(t => Inventory.EuVocabularies.Find(Inventory.EuVocabularies.DataThemes, t) is not null))
        {
            gaps.Add(new BelgianGap("theme"));
        }

        if (Inventory.EuVocabularies.Find(Inventory.EuVocabularies.Licences, dataset.Licence) is null)
        {
            gaps.Add(new BelgianGap("licence"));
        }

        return gaps;
    }

    /// <summary>What the catalogue itself lacks: the publisher's contact e-mail address.</summary>
    public static IReadOnlyList<BelgianGap> CatalogueGaps(CatalogueInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return CatalogueGraph.IsEmailAddress(info.ContactEmail) ? [] : [new BelgianGap("contact")];
    }

    private static void AddTextGaps(List<BelgianGap> gaps, string field, LocalizedText text)
    {
        foreach (var language in Languages)
        {
            if ((text[language]?.Trim().Length ?? 0) < MinLength)
            {
                gaps.Add(new BelgianGap(field, language));
            }
        }
    }
}
