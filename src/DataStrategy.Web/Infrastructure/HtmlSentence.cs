using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// A translated sentence with content in its slots, each slot keeping its own markup:
/// <c>@Html.Sentence(L["Overall score in {0}"], Html.Loc(campaign.Name))</c> so that a name shown in another
/// language keeps its <c>lang</c> inside the page's sentence.
/// </summary>
public static class HtmlSentence
{
    public static IHtmlContent Sentence(this IHtmlHelper html, LocalizedString template, params IHtmlContent[] args)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(args);
        var parts = args.Select(a =>
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            a.WriteTo(writer, HtmlEncoder.Default);
            return (object)writer.ToString();
        }).ToArray();
        // The template is encoded first; its {0} slots survive encoding and take the already encoded arguments.
        return new HtmlString(string.Format(CultureInfo.CurrentCulture, HtmlEncoder.Default.Encode(template.Value), parts));
    }
}
