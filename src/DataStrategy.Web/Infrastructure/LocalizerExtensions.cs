using System.Globalization;
using DataStrategy.Core.Text;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

public static class LocalizerExtensions
{
    /// <summary>
    /// A counted text in the reader's language with the plural rule of that language (<see cref="Plural"/>):
    /// <paramref name="one"/> for "1 campaign" in English and Dutch and for 0 and 1 in French ("0 campagne"),
    /// <paramref name="other"/> otherwise. Both texts receive the number as {0}, so a singular text names it as
    /// "{0}" rather than a literal 1.
    /// </summary>
    /// <param name="more">Further arguments of the texts, {1} onwards.</param>
    public static LocalizedString Count(this IStringLocalizer localizer, int n, string one, string other, params object?[] more)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(more);
        var key = Plural.Of(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, n) == PluralCategory.One ? one : other;
        object[] args = [n.ToString("N0", CultureInfo.CurrentCulture), .. more.Select(a => a ?? string.Empty)];
        return localizer[key, args];
    }

    /// <summary>
    /// A counted text for a number with decimals ("2,5 jours"), written with <paramref name="format"/> in the
    /// reader's culture; the plural form follows the number as written.
    /// </summary>
    public static LocalizedString Quantity(this IStringLocalizer localizer, double n, string format, string one, string other)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var key = Plural.Of(language, n, format) == PluralCategory.One ? one : other;
        return localizer[key, n.ToString(format, CultureInfo.CurrentCulture)];
    }
}
