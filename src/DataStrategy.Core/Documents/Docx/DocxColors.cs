using System.Globalization;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>Colours as Word writes them (RRGGBB), and the contrast rules that keep text on a fill readable.</summary>
internal static class DocxColors
{
    public const string Black = "000000";
    public const string White = "FFFFFF";

    /// <summary>Black or white, whichever contrasts more with the fill (always at least 4.5:1, WCAG AA).</summary>
    public static string TextColorOn(string fill)
    {
        var luminance = RelativeLuminance(fill);
        var onBlack = (luminance + 0.05) / 0.05;
        var onWhite = 1.05 / (luminance + 0.05);
        return onBlack >= onWhite ? Black : White;
    }

    public static double ContrastRatio(string a, string b)
    {
        var la = RelativeLuminance(a);
        var lb = RelativeLuminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>The colour mixed with white (share 0…1 of white): a light tint for title rows and shaded cells.</summary>
    public static string Tint(string color, double white)
    {
        int Channel(int offset)
        {
            var c = int.Parse(color.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(c + ((255 - c) * white));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Channel(0):X2}{Channel(2):X2}{Channel(4):X2}");
    }

    private static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
