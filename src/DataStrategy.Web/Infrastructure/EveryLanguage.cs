using System.Globalization;
using DataStrategy.Core;
using DataStrategy.Core.Text;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// A resource text in every supported language at once, for content that is stored multilingual (e.g. a suggested
/// finding). Numbers and dates among the arguments are written in each language's culture ("2,8" in French).
/// </summary>
public static class EveryLanguage
{
    /// <param name="args">Arguments; a <see cref="LocalizedText"/> argument is taken in each language.</param>
    public static LocalizedText Text(IStringLocalizer l, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(l);
        var before = CultureInfo.CurrentUICulture;
        var beforeFormat = CultureInfo.CurrentCulture;
        var result = new LocalizedText();
        try
        {
            foreach (var language in Languages.All)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                CultureInfo.CurrentCulture = Core.Documents.DocumentTexts.Culture(language);
                var values = args.Select(a => a is LocalizedText t ? t.Get(language) : a).ToArray();
                result.Set(language, l[key, values!].Value);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CultureInfo.CurrentCulture = beforeFormat;
        }

        return result;
    }
}
