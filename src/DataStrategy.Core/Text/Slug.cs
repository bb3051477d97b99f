using System.Globalization;
using System.Text;

namespace DataStrategy.Core.Text;

public static class Slug
{
    /// <summary>A lowercase ASCII URL segment: "Ville de Démo" → "ville-de-demo".</summary>
    public static string From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Ligatures have no decomposition: spell them out before dropping accents.
        var normalized = text.Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "Oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "Ae", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var dash = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }

        var slug = sb.ToString().TrimEnd('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 60 && slug == From(slug);
}
