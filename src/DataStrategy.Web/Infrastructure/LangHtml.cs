using System.Globalization;
using System.Text.Encodings.Web;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Content shown in pages with its language: <c>@Html.Loc(item.Title)</c> for a multilingual text and
/// <c>@Html.Spoken(note.Text, note.Language)</c> for a text kept in the language it was written in. A passage
/// not in the page's language is wrapped in <c>&lt;span lang="…"&gt;</c> (WCAG 2.1 — 3.1.2 Language of Parts);
/// a missing translation is also marked as such, for sighted readers and screen readers alike.
/// </summary>
public static class LangHtml
{
    /// <summary>The page's language: the reader's interface language.</summary>
    public static string PageLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Where a page keeps the reader's content language when it is not the page's (see <see cref="ReaderLanguage"/>).</summary>
    public const string ContentLanguageItem = "dss.content-language";

    /// <summary>
    /// The language the reader wants content in: the page's language, unless the page was asked for a content language
    /// that is no interface language (the public site in German), whose texts are then shown in it, marked with their lang.
    /// </summary>
    public static string ReaderLanguage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[ContentLanguageItem] as string ?? PageLanguage;
    }

    /// <summary>The text for this reader, falling back first to the organisation's languages.</summary>
    public static ResolvedText Resolve(this IHtmlHelper html, LocalizedText? text)
    {
        ArgumentNullException.ThrowIfNull(html);
        var organisation = html.ViewContext.HttpContext.RequestServices.GetService<TenantContext>()?.Organisation;
        return (text ?? new LocalizedText()).Resolve(ReaderLanguage(html.ViewContext.HttpContext), organisation?.Languages);
    }

    /// <summary>The plain text for this reader, for places that cannot hold markup (an option, a title): pair it with <see cref="LangOf"/>.</summary>
    public static string Text(this IHtmlHelper html, LocalizedText? text) => html.Resolve(text).Text;

    /// <summary>The <c>lang</c> attribute value for an element showing <see cref="Text"/>: null (no attribute) when it is the page's language.</summary>
    public static string? LangOf(this IHtmlHelper html, LocalizedText? text) => html.Resolve(text).LangFor(PageLanguage);

    /// <summary>
    /// A multilingual text as HTML: plain in the page's language, else with its <c>lang</c>, and a fallback mark when it
    /// is not in the language the reader asked for.
    /// </summary>
    public static IHtmlContent Loc(this IHtmlHelper html, LocalizedText? text)
    {
        var resolved = html.Resolve(text);
        if (resolved.LangFor(PageLanguage) is not { } lang)
        {
            return new HtmlString(HtmlEncoder.Default.Encode(resolved.Text));
        }

        if (!resolved.IsFallback)
        {
            return new HtmlString(Span(resolved.Text, lang));
        }

        var l = html.ViewContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return new HtmlString(Span(resolved.Text, lang) + FallbackMark(l, lang));
    }

    /// <summary>A text written in one language (a quote, a note, a comment): wrapped with its <c>lang</c> when that is not the page's.</summary>
    public static IHtmlContent Spoken(this IHtmlHelper html, string? text, string? language)
    {
        ArgumentNullException.ThrowIfNull(html);
        var encoded = HtmlEncoder.Default.Encode(text ?? string.Empty);
        return new HtmlString(string.IsNullOrEmpty(language) || language == PageLanguage ? encoded : Span(text ?? string.Empty, language));
    }

    private static string Span(string text, string lang) =>
        $"<span lang=\"{HtmlEncoder.Default.Encode(lang)}\">{HtmlEncoder.Default.Encode(text)}</span>";

    // A short visible code for sighted readers; the whole sentence, in the page's language, for screen readers.
    private static string FallbackMark(IStringLocalizer l, string shownIn)
    {
        var sentence = l["Not yet translated: shown {0}.", LanguageText.For(l, "in {language}", shownIn)].Value;
        return $" <span class=\"lang-fallback\" title=\"{HtmlEncoder.Default.Encode(sentence)}\"><span aria-hidden=\"true\">{HtmlEncoder.Default.Encode(shownIn.ToUpperInvariant())}</span><span class=\"visually-hidden\">{HtmlEncoder.Default.Encode(sentence)}</span></span>";
    }
}
