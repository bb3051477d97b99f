using DataStrategy.Core.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DataStrategy.Web.Infrastructure;

/// <summary>A value followed by its unit in the reader's language ("12 jeux de données"), the unit marked with its <c>lang</c> when it falls back.</summary>
public static class UnitHtml
{
    public static IHtmlContent WithUnit(this IHtmlHelper html, string number, LocalizedText? unit, string separator = " ")
    {
        ArgumentNullException.ThrowIfNull(html);
        var content = new HtmlContentBuilder().Append(number);
        return unit is null || unit.IsEmpty ? content : content.Append(separator).AppendHtml(html.Loc(unit));
    }
}
