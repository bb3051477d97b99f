using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// Contents for a long page, drawn on the server: an element with <c>dss-contents</c> gets, before what it wraps, a
/// list of links to every h2 heading inside it, just before it, (headings without an id get one). A heading's text in another language
/// keeps its <c>lang</c>; hidden text and the "not yet translated" mark are left out. Fewer than three headings draw
/// nothing. Usage: <c>&lt;div dss-contents&gt;…&lt;/div&gt;</c>.
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed partial class ContentsTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    public const string AttributeName = "dss-contents";

    public const int MinimumHeadings = 3;

    /// <summary>The id prefix of generated heading ids and of the contents' title (unique per page).</summary>
    [HtmlAttributeName(AttributeName)]
    public string? Prefix { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var html = (await output.GetChildContentAsync()).GetContent();
        var (body, contents) = Build(html, string.IsNullOrWhiteSpace(Prefix) ? "sec" : Prefix.Trim(), l["Contents"]);
        // Before the element, not inside it: the element may carry a content language (lang) that the contents' title is not in.
        output.PreElement.SetHtmlContent(contents);
        output.Content.SetHtmlContent(body);
    }

    /// <summary>The wrapped markup with an id on every h2, and the contents' markup (empty under <see cref="MinimumHeadings"/>).</summary>
    public static (string Body, string Contents) Build(string html, string prefix, string title)
    {
        ArgumentNullException.ThrowIfNull(html);
        var entries = new List<(string Id, string Label)>();
        var used = new HashSet<string>(IdAttribute().Matches(html).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
        var body = Heading().Replace(html, m =>
        {
            var attributes = m.Groups["attrs"].Value;
            var inner = m.Groups["inner"].Value;
            var label = Label(inner);
            if (label.Length == 0)
            {
                return m.Value;
            }

            var id = IdAttribute().Match(attributes) is { Success: true } existing ? existing.Groups[1].Value : null;
            if (id is null)
            {
                var n = entries.Count + 1;
                id = prefix + "-" + n;
                while (!used.Add(id))
                {
                    id = prefix + "-" + (++n);
                }

                attributes = " id=\"" + id + "\"" + attributes;
            }

            entries.Add((id, label));
            return "<h2" + attributes + ">" + inner + "</h2>";
        });
        if (entries.Count < MinimumHeadings)
        {
            return (html, string.Empty);
        }

        var titleId = prefix + "-contents";
        var nav = new StringBuilder();
        nav.Append("<nav class=\"contents\" aria-labelledby=\"").Append(titleId).Append("\" data-testid=\"contents\">");
        nav.Append("<p class=\"contents-title\" id=\"").Append(titleId).Append("\">").Append(WebUtility.HtmlEncode(title)).Append("</p><ol>");
        foreach (var (id, label) in entries)
        {
            nav.Append("<li><a href=\"#").Append(WebUtility.HtmlEncode(id)).Append("\">").Append(label).Append("</a></li>");
        }

        nav.Append("</ol></nav>");
        return (body, nav.ToString());
    }

    /// <summary>
    /// A heading's inner markup as link text: spans kept (with their lang only), hidden text and the fallback mark
    /// dropped, every other tag removed (links, buttons, counters' markup), whitespace collapsed.
    /// </summary>
    internal static string Label(string inner)
    {
        var text = FallbackMark().Replace(inner, string.Empty);
        text = HiddenSpan().Replace(text, string.Empty);
        text = AnyTag().Replace(text, m =>
        {
            var tag = m.Value;
            if (tag.StartsWith("</span", StringComparison.OrdinalIgnoreCase))
            {
                return "</span>";
            }

            if (tag.StartsWith("<span", StringComparison.OrdinalIgnoreCase))
            {
                return LangAttribute().Match(tag) is { Success: true } lang ? "<span lang=\"" + lang.Groups[1].Value + "\">" : "<span>";
            }

            return string.Empty;
        });
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<h2(?<attrs>(?:\\s[^>]*)?)>(?<inner>.*?)</h2>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex("\\sid=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("\\slang=\"([A-Za-z-]{2,12})\"", RegexOptions.IgnoreCase)]
    private static partial Regex LangAttribute();

    // LangHtml's mark: <span class="lang-fallback" title="…"><span aria-hidden="true">FR</span><span class="visually-hidden">…</span></span>
    [GeneratedRegex("<span[^>]*class=\"lang-fallback\"[^>]*>(?:<span[^>]*>[^<]*</span>)*</span>", RegexOptions.IgnoreCase)]
    private static partial Regex FallbackMark();

    [GeneratedRegex("<span[^>]*class=\"[^\"]*\\bvisually-hidden\\b[^\"]*\"[^>]*>[^<]*</span>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenSpan();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
