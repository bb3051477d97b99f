using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The quality bar of bilingual parity: every page of the demo organisation, read in French and in Dutch, shows
/// no text of another language outside an element marked with that language (WCAG 2.1 — 3.1.2 Language of Parts).
/// Text "of another language" is found two ways: a text that exists only in another language (an interface text
/// or a content text of the demo organisation), and a passage whose function words are another language's.
/// </summary>
public sealed partial class LanguageParityTests : IDisposable
{
    // Function words that belong to one of the three languages only ("de", "en", "is" are shared and left out).
    private static readonly Dictionary<string, HashSet<string>> FunctionWords = new()
    {
        ["fr"] = ["le", "la", "les", "des", "du", "une", "et", "est", "sont", "pas", "avec", "pour", "sur", "que", "qui", "dans", "aux", "cette", "ou", "ne", "nous", "vous", "leur", "être"],
        ["nl"] = ["het", "een", "van", "niet", "met", "voor", "op", "dat", "die", "worden", "wordt", "naar", "bij", "ook", "door", "zijn", "deze", "kan", "wij", "hun", "geen", "nog"],
        ["en"] = ["the", "and", "of", "to", "are", "with", "for", "on", "that", "this", "be", "by", "from", "not", "has", "have", "which", "it", "was"],
    };

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task Crawl_DemoOrganisation_ShowsNoOtherLanguageOutsideItsLang(string language)
    {
        var foreign = await ForeignTextsAsync(language);
        var client = await _app.SignInAsync(DemoSeeder.LeadEmail, language: language);
        var pages = await CrawlAsync(client, ["/o/" + DemoSeeder.Slug, "/p/" + DemoSeeder.Slug]);

        Assert.True(pages.Count > 60, $"only {pages.Count} pages were reached");
        var problems = new List<string>();
        foreach (var (url, document) in pages)
        {
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            foreach (var (text, lang) in UnmarkedTexts(document.Body!, language))
            {
                if (foreign.TryGetValue(text, out var other))
                {
                    problems.Add($"{url}: «{text}» is {other} (no lang=\"{other}\")");
                }
                else if (Detect(text, language) is { } detected)
                {
                    problems.Add($"{url}: «{Shorten(text)}» reads as {detected} (no lang=\"{detected}\")");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} passages in another language on {pages.Count} pages:\n" + string.Join('\n', problems.Distinct().Take(80)));
    }

    [Fact]
    public void Detect_FindsADutchSentenceOnAFrenchPage_AndLeavesFrenchAlone()
    {
        Assert.Equal("nl", Detect("De visie wordt als werkbasis aangenomen door het college.", "fr"));
        Assert.Null(Detect("La vision est adoptée comme base de travail par le Collège.", "fr"));
        Assert.Null(Detect("Wim Van Damme", "fr"));
    }

    /// <summary>Texts visible in <paramref name="root"/> that sit in no element marking another language.</summary>
    private static IEnumerable<(string Text, string Lang)> UnmarkedTexts(IElement root, string pageLanguage)
    {
        foreach (var node in root.Descendants().OfType<IText>())
        {
            var parent = node.ParentElement;
            if (parent is null || parent.Closest("script, style, template, [hidden], code, pre, [translate=no]") is not null)
            {
                continue;
            }

            var lang = parent.Closest("[lang]")?.GetAttribute("lang") ?? pageLanguage;
            var text = Whitespace().Replace(node.Data, " ").Trim();
            if (lang == pageLanguage && text.Length > 1)
            {
                yield return (text, lang);
            }
        }

        // What a screen reader also reads: labels given in attributes.
        foreach (var element in root.QuerySelectorAll("[aria-label], [title], [placeholder], img[alt], input[type=submit][value]"))
        {
            var lang = element.Closest("[lang]")?.GetAttribute("lang") ?? pageLanguage;
            foreach (var attribute in new[] { "aria-label", "title", "placeholder", "alt", "value" })
            {
                if (lang == pageLanguage && element.GetAttribute(attribute) is { Length: > 1 } value && (attribute != "value" || element.LocalName == "input"))
                {
                    yield return (Whitespace().Replace(value, " ").Trim(), lang);
                }
            }
        }
    }

    [Theory]
    [InlineData(": ∅ → 8c8f1f92-4df1-4acc-be47-161855b526be", "fr", null)]
    [InlineData("to-do 4be 2to be47-on", "nl", null)]
    [InlineData("The roadmap of the city, with the owners of every project", "fr", "en")]
    [InlineData("La feuille de route de la ville, avec les responsables", "nl", "fr")]
    public void Detect_ReadsWholeWords_NotLettersInsideCodes(string text, string pageLanguage, string? expected) =>
        Assert.Equal(expected, Detect(text, pageLanguage));

    /// <summary>The language whose function words a passage uses clearly more than the page's, if any.</summary>
    private static string? Detect(string text, string pageLanguage)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count < 4)
        {
            return null;
        }

        var score = FunctionWords.ToDictionary(kv => kv.Key, kv => words.Count(kv.Value.Contains));
        var best = score.Where(kv => kv.Key != pageLanguage).MaxBy(kv => kv.Value);
        return best.Value >= 2 && best.Value >= score[pageLanguage] + 2 ? best.Key : null;
    }

    /// <summary>
    /// Texts a reader of <paramref name="language"/> must not meet unmarked: every interface text and every content
    /// text of the demo organisation in another language, when the reader's language has a different one.
    /// </summary>
    private async Task<Dictionary<string, string>> ForeignTextsAsync(string language)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        var resources = new[] { "en", "fr", "nl" }.ToDictionary(l => l, l => LoadResources(l == "en" ? "SharedResource.resx" : $"SharedResource.{l}.resx"));
        foreach (var (key, text) in resources[language])
        {
            own.Add(Normalise(text));
        }

        foreach (var (l, table) in resources.Where(kv => kv.Key != language))
        {
            foreach (var (key, text) in table)
            {
                // A text with a placeholder is never shown whole; a short one ("Nom", "Status") is too often a shared word.
                if (!text.Contains('{', StringComparison.Ordinal) && text.Length >= 12)
                {
                    other.TryAdd(Normalise(text), l);
                }
            }
        }

        var backup = await _app.DbAsync(db => OrganisationBackup.ExportAsync(db, DemoSeeder.Slug));
        using var json = JsonDocument.Parse(backup.ToJson());
        foreach (var text in MultilingualTexts(json.RootElement))
        {
            if (text.TryGetValue(language, out var mine))
            {
                own.Add(Normalise(mine));
            }

            foreach (var (l, value) in text.Where(kv => kv.Key != language && kv.Value.Length >= 4))
            {
                other.TryAdd(Normalise(value), l);
            }
        }

        foreach (var text in own)
        {
            other.Remove(text);
        }

        return other;
    }

    /// <summary>Every {"fr": …, "nl": …} object in a backup: the organisation's multilingual content.</summary>
    private static IEnumerable<Dictionary<string, string>> MultilingualTexts(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var properties = element.EnumerateObject().ToList();
            if (properties.Count > 0 && properties.All(p => p.Name is "fr" or "nl" or "en" or "de" && p.Value.ValueKind == JsonValueKind.String))
            {
                yield return properties.ToDictionary(p => p.Name, p => p.Value.GetString()!);
                yield break;
            }

            foreach (var child in properties.SelectMany(p => MultilingualTexts(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(MultilingualTexts))
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// The organisation's pages reachable by links, one page per route (IDs and numbers in paths are the same page);
    /// downloads are left out (documents are checked by their own tests).
    /// </summary>
    private static async Task<Dictionary<string, IDocument>> CrawlAsync(HttpClient client, string[] starts)
    {
        var queue = new Queue<string>(starts);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var pages = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        while (queue.Count > 0 && pages.Count < 400)
        {
            var url = queue.Dequeue();
            var path = url.Split('?', '#')[0];
            if (!routes.Add(Route().Replace(path, "/{id}")) || SignOutOrDownload().IsMatch(url))
            {
                continue;
            }

            using var response = await client.GetAsync(url);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode != HttpStatusCode.OK || type != "text/html")
            {
                continue;
            }

            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            pages[url] = document;
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => WebUtility.HtmlDecode(a.GetAttribute("href")!)))
            {
                var local = href.StartsWith("http://localhost", StringComparison.Ordinal) ? href["http://localhost".Length..] : href;
                if (starts.Any(s => local.StartsWith(s, StringComparison.Ordinal)) && !local.Contains("culture=", StringComparison.Ordinal))
                {
                    queue.Enqueue(local);
                }
            }
        }

        return pages;
    }

    private static Dictionary<string, string> LoadResources(string file) =>
        XDocument.Load(Path.Combine(ResourceTests.RepositoryRoot(), "src", "DataStrategy.Web", "Resources", file))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Shorten(string text) => text.Length > 90 ? text[..90] + "…" : text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Whole words only: the letters inside "be47" or "b526be" (a GUID, a code) are not the word "be".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex Words();

    // A GUID, a number or a slug-with-digits segment stands for any row of its kind.
    [GeneratedRegex(@"/([0-9a-f]{8}-[0-9a-f-]{27}|\d+|[A-Za-z]+-\d+)(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Route();

    [GeneratedRegex(@"logout|signout|/download|\.(csv|xlsx|docx|pdf|ics|json|xml|xlf|png|jpg)(\?|$)|handler=(Document|Csv|Xlsx|Docx|Pdf|Export|Download)", RegexOptions.IgnoreCase)]
    private static partial Regex SignOutOrDownload();
}
