using DataStrategy.Core;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Resource texts that name a language, such as "Title in French". The key is written with a
/// <c>{language}</c> slot that takes the language's English name, so that a language added to
/// <see cref="Languages"/> needs rows in the translation table, not code (a test lists the rows missing).
/// </summary>
public static class LanguageText
{
    public const string Slot = "{language}";

    /// <summary>"Title in French" for ("Title in {language}", "fr").</summary>
    public static string Key(string template, string language)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(language);
        // A code no longer supported (kept in old content) is named by its code rather than failing the page.
        return template.Replace(Slot, Languages.IsContent(language) ? Languages.EnglishName(language) : language, StringComparison.Ordinal);
    }

    /// <summary>The text of <paramref name="template"/> for <paramref name="language"/>, in the reader's language.</summary>
    public static string For(IStringLocalizer l, string template, string language, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[Key(template, language), args];
    }
}
