using DataStrategy.Core.Inventory;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Pages.Datasets;

/// <summary>What a dataset lacks before publication, said in the reader's language.</summary>
public static class DatasetGapText
{
    public static string Of(IStringLocalizer l, DatasetGap gap)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(gap);
        return gap.Kind switch
        {
            DatasetGapKind.NotPublic => l["Its access must be public."],
            DatasetGapKind.Licence => l["Choose a licence."],
            DatasetGapKind.Distribution => l["Add at least one distribution."],
            DatasetGapKind.Title => Infrastructure.LanguageText.For(l, "Write the title in {language}.", gap.Language!),
            DatasetGapKind.Description => Infrastructure.LanguageText.For(l, "Write the description in {language}.", gap.Language!),
            _ => l["Choose at least one theme."],
        };
    }
}
