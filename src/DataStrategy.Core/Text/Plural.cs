using System.Globalization;

namespace DataStrategy.Core.Text;

/// <summary>
/// Which form of a counted word a number takes, by the CLDR cardinal plural rules
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html):
/// French says "0 entretien", "1 entretien", "1,5 jour" (one: i = 0,1 — the integer part is 0 or 1);
/// Dutch, English and German say "1 interview" only for exactly one written without decimals
/// (one: i = 1 and v = 0), so "0 interviews" and "1,0 dagen".
/// </summary>
/// <remarks>
/// CLDR's French "many" (un million d'entretiens) is not distinguished: the product's counts never reach it,
/// and the plural form reads correctly there.
/// </remarks>
public static class Plural
{
    /// <summary>The category of a whole number.</summary>
    public static PluralCategory Of(string? language, long n) => Of(language, (decimal)n);

    /// <summary>
    /// The category of a number as it is written: the decimal's scale is its visible fraction digits,
    /// so 1m is "one" and 1.0m is "other" in Dutch and English.
    /// </summary>
    public static PluralCategory Of(string? language, decimal n)
    {
        var integer = Math.Abs(decimal.Truncate(n));
        var visibleFractionDigits = (decimal.GetBits(n)[3] >> 16) & 0xFF;
        var one = IsFrench(language) ? integer is 0 or 1 : integer == 1 && visibleFractionDigits == 0;
        return one ? PluralCategory.One : PluralCategory.Other;
    }

    /// <summary>
    /// The category of a number shown with a .NET format ("0.0", "N1"…): the category follows the written
    /// text, so 0.96 shown as "1,0" takes the form of 1,0.
    /// </summary>
    public static PluralCategory Of(string? language, double n, string format)
    {
        var culture = CultureFor(language);
        var text = n.ToString(format, culture);
        return decimal.TryParse(text, NumberStyles.Number, culture, out var written) ? Of(language, written) : PluralCategory.Other;
    }

    /// <summary>The category of a number in the current UI culture's language.</summary>
    public static PluralCategory Of(long n) => Of(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, n);

    private static CultureInfo CultureFor(string? language)
    {
        try
        {
            return string.IsNullOrEmpty(language) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static bool IsFrench(string? language) =>
        language is { Length: >= 2 } && language.StartsWith(Languages.French, StringComparison.OrdinalIgnoreCase) && (language.Length == 2 || language[2] == '-');
}
