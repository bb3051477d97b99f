using System.Net;
using System.Text.RegularExpressions;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// An organisation that publishes nothing (no published strategy version, no published case study) has no public
/// site: every public surface answers for its slug exactly as for a slug that does not exist, so nobody can list
/// which organisations use the installation. Organisation B has a draft case study, a strategy in review, a logo,
/// an accent colour and opts in to publishing its maturity scores, and still publishes nothing.
/// </summary>
public sealed class UnpublishedOrganisationTests : IDisposable
{
    private const string Unknown = "stad-z";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Every public address that takes an organisation's slug; {org} is the slug, {image} B's case-study image.</summary>
    public static TheoryData<string> PublicSurfaces { get; } =
    [
        "/p/{org}",
        "/p/{org}?culture=nl",
        "/p/{org}?handler=Theme",
        "/p/{org}?handler=Document&language=fr&format=docx",
        "/p/{org}/case-studies",
        "/p/{org}/case-studies/secret-b",
        "/p/{org}/case-studies/feed.atom",
        "/p/{org}/case-studies/feed.atom?culture=fr",
        "/p/{org}/images/{image}/small",
        "/p/{org}/logo",
        "/p/{org}/open-data",
        "/p/{org}/datasets",
        "/p/{org}/datasets?q=secret&theme=ECON&format=CSV",
        "/p/{org}/datasets/secret-dataset-b",
        "/p/{org}/datasets/restricted-dataset-b",
        "/p/{org}/catalogue.ttl",
        "/p/{org}/catalogue.jsonld",
        "/p/{org}/catalogue.ttl?page=2",
        "/p/{org}/open-data/case-studies.csv",
        "/p/{org}/open-data/case-studies.json",
        "/p/{org}/open-data/objectives.json",
        "/p/{org}/open-data/kpis.csv",
        "/p/{org}/open-data/maturity.csv",
        "/api/v1/public/{org}",
        "/api/v1/public/{org}/case-studies",
        "/api/v1/public/{org}/objectives",
        "/api/v1/public/{org}/maturity",
    ];

    private async Task<SecondOrganisation> OrganisationBAsync()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        await _app.DbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == b.Id);
            organisation.PublishesMaturity = true;
            organisation.AccentColour = "2A9D8F";
            // A public dataset not yet published and a published one that is not public: neither makes a public site.
            db.Datasets.Add(new Dataset { OrganisationId = b.Id, Slug = "secret-dataset-b", Title = DataStrategy.Core.Text.LocalizedText.Of(fr: "Jeu secret B"), AccessRight = "PUBLIC", Published = false });
            db.Datasets.Add(new Dataset { OrganisationId = b.Id, Slug = "restricted-dataset-b", Title = DataStrategy.Core.Text.LocalizedText.Of(fr: "Jeu restreint B"), AccessRight = "RESTRICTED", Published = true });
            db.OrganisationLogos.Add(new OrganisationLogo { OrganisationId = b.Id, ContentType = "image/png", Data = DataStrategy.Core.Tests.Images.TestImages.PngWithMetadata(), UpdatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        return b;
    }

    private static string Url(string surface, string slug, SecondOrganisation b) =>
        surface.Replace("{org}", slug, StringComparison.Ordinal).Replace("{image}", b.CaseStudyImageId.ToString("D"), StringComparison.Ordinal);

    /// <summary>The answer with the slug (echoed in the page's own address) and what differs on every request (antiforgery token, trace ID) blanked.</summary>
    private static async Task<(HttpStatusCode Status, string? Type, string Body)> AnswerAsync(HttpClient client, string url, string slug)
    {
        var response = await client.GetAsync(url);
        var body = (await response.Content.ReadAsStringAsync()).Replace(slug, "{org}", StringComparison.Ordinal);
        body = Regex.Replace(body, "(__RequestVerificationToken\"[^>]*value=\")[^\"]*", "$1…");
        body = Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"…\"");
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    [Theory]
    [MemberData(nameof(PublicSurfaces))]
    public async Task PublicSurface_OrganisationThatPublishesNothing_AnswersExactlyAsAnUnknownSlug(string surface)
    {
        var b = await OrganisationBAsync();
        var anonymous = _app.Anonymous("en");

        var unpublished = await AnswerAsync(anonymous, Url(surface, b.Slug, b), b.Slug);
        var unknown = await AnswerAsync(anonymous, Url(surface, Unknown, b), Unknown);

        Assert.Equal(HttpStatusCode.NotFound, unpublished.Status);
        Assert.Equal(unknown, unpublished);
    }

    [Fact]
    public async Task Logo_OfAnOrganisationThatPublishesNothing_IsShownToItsMembersOnly_AndNotCachedPublicly()
    {
        var b = await OrganisationBAsync();
        var memberOfB = await _app.SignInAsync(b.AdminEmail, SecondOrganisation.Password);
        var memberOfA = await _app.LeadAsync();

        var own = await memberOfB.GetAsync("/p/" + b.Slug + "/logo");
        var other = await AnswerAsync(memberOfA, "/p/" + b.Slug + "/logo", b.Slug);
        var unknown = await AnswerAsync(memberOfA, "/p/" + Unknown + "/logo", Unknown);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(own.Headers.CacheControl!.Private, own.Headers.CacheControl.ToString());
        Assert.False(own.Headers.CacheControl.Public);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(unknown, other);
    }

    [Fact]
    public async Task PublicSurfaces_OnceTheOrganisationPublishesACaseStudy_Answer()
    {
        var b = await OrganisationBAsync();
        var anonymous = _app.Anonymous("en");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/p/" + b.Slug + "/case-studies")).StatusCode);

        await _app.DbAsync(async db =>
        {
            var study = await db.CaseStudies.IgnoreQueryFilters().SingleAsync(c => c.Id == b.CaseStudyId);
            study.Status = CaseStudyStatus.Published;
            study.PublishedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        }, b.Id);

        foreach (var surface in new[] { "/p/{org}", "/p/{org}/case-studies", "/p/{org}/case-studies/secret-b", "/p/{org}/case-studies/feed.atom", "/p/{org}/logo", "/p/{org}/open-data", "/p/{org}/open-data/case-studies.csv", "/api/v1/public/{org}", "/api/v1/public/{org}/case-studies" })
        {
            var url = Url(surface, b.Slug, b);
            Assert.True((await anonymous.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }
    }
}
