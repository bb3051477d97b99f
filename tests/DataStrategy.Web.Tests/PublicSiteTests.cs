using System.Net;
using DataStrategy.Core.Strategy;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Crawls the demo organisation's public site the way a search engine would, in every language,
/// and looks for anything unpublished or personal in every page and feed it reaches.
/// </summary>
public sealed class PublicSiteTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<Dictionary<string, string>> CrawlAsync()
    {
        var client = _app.Anonymous();
        var start = "/p/" + DemoSeeder.Slug;
        var queue = new Queue<string>(new[] { "fr", "nl", "en" }.Select(l => start + "?culture=" + l));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        while (queue.Count > 0 && seen.Count < 1000)
        {
            var url = queue.Dequeue();
            if (seen.ContainsKey(url))
            {
                continue;
            }

            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (type.StartsWith("image/", StringComparison.Ordinal) || type.Contains("officedocument", StringComparison.Ordinal) || type == "application/pdf")
            {
                seen[url] = "";
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            seen[url] = body;
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
            var links = document.QuerySelectorAll("a[href], link[href], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Select(h => h.StartsWith("http://localhost", StringComparison.Ordinal) ? h["http://localhost".Length..] : h)
                .Where(h => h.StartsWith(start, StringComparison.Ordinal) && !h.Contains("handler=Document", StringComparison.Ordinal));
            foreach (var link in links)
            {
                queue.Enqueue(WebUtility.HtmlDecode(link));
            }
        }

        return seen;
    }

    [Fact]
    public async Task Crawl_DemoPublicSite_FindsNoPersonNoteContactOrDraft()
    {
        var org = await _app.DemoOrganisationIdAsync();
        var secrets = await _app.DbAsync(async db =>
        {
            var list = new List<string>();
            list.AddRange(await db.Stakeholders.Select(s => s.Name).ToListAsync());
            list.AddRange(await db.Stakeholders.Where(s => s.Email != null).Select(s => s.Email!).ToListAsync());
            list.AddRange((await db.EvidenceNotes.Select(n => n.Text).ToListAsync()).Where(t => t.Length >= 12));
            list.AddRange(await db.Users.Where(u => u.DisplayName != "").Select(u => u.DisplayName).ToListAsync());
            list.Add(DemoCaseStudies.ContactMarker);
            var draft = await db.CaseStudies.SingleAsync(c => c.Status == CaseStudyStatus.Draft);
            list.AddRange(draft.Title.Values.Values);
            list.AddRange(draft.Summary.Values.Values);
            // Working-draft strategy texts that the published version does not hold.
            var published = StrategySnapshot.FromJson((await db.StrategyVersions.SingleAsync(v => v.Status == StrategyVersionStatus.Published)).Snapshot);
            var publishedTitles = published.Items.SelectMany(i => i.Title.Values.Values).ToHashSet(StringComparer.Ordinal);
            // The roadmap's initiatives are public by design (issue 6); a draft service may share an initiative's name.
            publishedTitles.UnionWith((await db.Initiatives.ToListAsync()).SelectMany(i => i.Title.Values.Values));
            list.AddRange((await db.StrategyItems.ToListAsync()).SelectMany(i => i.Title.Values.Values).Where(t => !publishedTitles.Contains(t)));
            list.AddRange(await db.CheckIns.Where(c => c.Note != null && c.Note != "").Select(c => c.Note!).ToListAsync());
            // Indicators the organisation keeps internal.
            list.AddRange((await db.Kpis.Where(k => !k.Public).ToListAsync()).SelectMany(k => k.Name.Values.Values));
            // The register: descriptions of datasets that are not public or not published (a title such as "Population
            // register" may well be named by public texts; its entry may not), records of processing, source systems.
            var hidden = await db.Datasets.Where(d => !d.Published || d.AccessRight != "PUBLIC").ToListAsync();
            list.AddRange(hidden.SelectMany(d => d.Description.Values.Values));
            list.AddRange((await db.Datasets.Where(d => d.SourceSystem != null).Select(d => d.SourceSystem!).ToListAsync()).Where(s => s.Length >= 8));
            foreach (var r in await db.ProcessingRecords.ToListAsync())
            {
                list.AddRange(new[] { r.Purposes, r.DataSubjects, r.PersonalDataCategories, r.Recipients, r.Retention, r.SecurityMeasures }.Where(t => t.Length >= 12));
            }

            // A published strategy text may quote an internal indicator's name: what the strategy publishes is public.
            var publishedTexts = string.Join('\n', published.Items.SelectMany(i => i.Texts.Values.Concat([i.Title])).SelectMany(t => t.Values.Values));
            return list.Where(s => s.Length >= 5 && !publishedTexts.Contains(s, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        }, org);
        Assert.Contains(DemoCaseStudies.ContactMarker, secrets);
        Assert.True(secrets.Count > 40, $"only {secrets.Count} secrets to look for");

        var pages = await CrawlAsync();

        Assert.True(pages.Count >= 3 * (1 + 1 + 6 + 1), $"only {pages.Count} public pages reached: {string.Join(", ", pages.Keys)}");
        Assert.Contains(pages.Keys, k => k.Contains("/case-studies/feed.atom", StringComparison.Ordinal));
        Assert.Contains(pages.Keys, k => k.Contains("/images/", StringComparison.Ordinal));
        Assert.Contains(pages.Keys, k => k.EndsWith("/open-data/kpis.json", StringComparison.Ordinal));
        Assert.Contains(pages.Keys, k => k.Contains("/catalogue.ttl", StringComparison.Ordinal));
        Assert.Contains(pages.Keys, k => k.Contains("/catalogue.jsonld", StringComparison.Ordinal));
        Assert.True(pages.Keys.Count(k => k.Contains("/datasets/", StringComparison.Ordinal)) >= 20, "the crawl did not reach the twenty published datasets");
        foreach (var (url, body) in pages)
        {
            var decoded = WebUtility.HtmlDecode(body);
            foreach (var secret in secrets)
            {
                Assert.False(decoded.Contains(secret, StringComparison.Ordinal), $"{url} shows \"{secret}\"");
            }
        }
    }

    [Fact]
    public async Task PublicPages_HaveTitlesDescriptionsAndLanguageAlternates()
    {
        var client = _app.Anonymous();

        foreach (var path in new[] { "", "/case-studies", "/case-studies/capteurs-stationnement", "/open-data" })
        {
            var page = await client.GetDocumentAsync("/p/" + DemoSeeder.Slug + path + "?culture=nl");
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            Assert.Contains("Stad Demo", page.Title, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[property='og:title']")?.GetAttribute("content")), path);
            Assert.Equal(["fr", "nl", "en"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!).ToArray());
            Assert.EndsWith("culture=nl", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        }
    }
}
