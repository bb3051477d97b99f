using System.Text;

namespace DataStrategy.Core.Translation;

/// <summary>Builds the document a translation service receives: every text that has a source, its translation if any.</summary>
public static class XliffExport
{
    public static XliffDocument Build(IEnumerable<TranslatableText> texts, string sourceLanguage, string targetLanguage, string fileId, string? original = null, bool onlyMissing = false)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var units = new List<TranslationUnit>();
        foreach (var text in texts)
        {
            var source = text.Text[sourceLanguage];
            if (source is null || (onlyMissing && text.Text.Has(targetLanguage)))
            {
                continue;
            }

            units.Add(new TranslationUnit(text.Id, source, text.Text[targetLanguage], Describe(text.Kind), text.Context));
        }

        return new XliffDocument(sourceLanguage, targetLanguage, fileId, units, original);
    }

    /// <summary>
    /// What a text is, in English for the translator's notes: "Initiative.Title" → "Initiative title",
    /// "CaseStudyImage.AltText" → "Case study image alt text".
    /// </summary>
    public static string Describe(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var words = new StringBuilder();
        foreach (var part in kind.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var i = 0; i < part.Length; i++)
            {
                var c = part[i];
                if (words.Length > 0 && (i == 0 || (char.IsUpper(c) && !char.IsUpper(part[i - 1]))))
                {
                    words.Append(' ');
                }

                words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }
        }

        return words.ToString();
    }
}
