using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>A translated sentence with a passage of content in its slot, kept as HTML so that the passage keeps its <c>lang</c>.</summary>
public static class FormatHtml
{
    /// <summary>"Comparé avec : <span lang="nl">…</span>" for <c>Format(L["Compared with: {0}"], Html.Loc(name))</c>.</summary>
    public static IHtmlContent Format(LocalizedString template, IHtmlContent passage)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(passage);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        passage.WriteTo(writer, HtmlEncoder.Default);
        var encoded = HtmlEncoder.Default.Encode(template.Value).Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        return new HtmlString(encoded.Replace("{0}", writer.ToString(), StringComparison.Ordinal));
    }
}
