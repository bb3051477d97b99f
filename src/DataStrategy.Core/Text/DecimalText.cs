using System.Globalization;

namespace DataStrategy.Core.Text;

/// <summary>
/// How people type an amount in any of the interface's languages: a point or a comma as the decimal separator
/// ("2.5", "2,5"), an optional leading sign, no thousands separators and no exponent. The edit forms, the
/// roadmap import and the model binder all read numbers this way, so "2,5" means the same everywhere.
/// </summary>
public static class DecimalText
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        return decimal.TryParse(text.Replace(',', '.'), Styles, CultureInfo.InvariantCulture, out value);
    }
}
