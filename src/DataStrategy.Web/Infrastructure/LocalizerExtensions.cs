using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

public static class LocalizerExtensions
{
    /// <summary>"1 campaign" / "3 campaigns": French, Dutch and English all make exactly one singular.</summary>
    public static LocalizedString Count(this IStringLocalizer localizer, int n, string one, string many)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return n == 1 ? localizer[one] : localizer[many, n];
    }
}
