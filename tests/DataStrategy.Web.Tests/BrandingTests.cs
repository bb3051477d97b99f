using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using DataStrategy.Core.Tests.Images;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>Settings › branding: the accent colour, the logo upload (PNG or JPEG by their bytes only) and the public logo address.</summary>
public sealed class BrandingTests : IDisposable
{
    private const string Settings = DemoOrg + "/settings";
    private const string PublicLogo = "/p/" + DemoSeeder.Slug + "/logo";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<HttpResponseMessage> UploadLogoAsync(HttpClient client, byte[] content, string fileName, string contentType)
    {
        var form = await client.GetFormAsync(Settings, "Logo");
        return await client.UploadAsync(form, "Logo", fileName, content, contentType);
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    private Task<bool> HasLogoAsync() => _app.DbAsync(db => db.OrganisationLogos.AnyAsync());

    private Task<string> StoredColourAsync() => _app.DbAsync(db => db.Organisations.Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.AccentColour).SingleAsync());

    [Fact]
    public async Task PostColour_HexWithHash_IsSavedAndShownOnTheForm()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Colour");

        var response = await lead.SubmitAsync(form, new() { ["AccentColour"] = "#2a9d8f" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("2A9D8F", await StoredColourAsync());
        var page = await lead.GetDocumentAsync(Settings);
        Assert.Equal("#2a9d8f", page.QuerySelector("input#AccentColour")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("1234567")]
    [InlineData("##123456")]
    [InlineData("<script>alert(1)</script>")]
    public async Task PostColour_NotSixHexDigits_IsRefusedWithAMessageAndNothingSaved(string value)
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Colour");

        var response = await lead.SubmitAsync(form, new() { ["AccentColour"] = value });

        Assert.Contains("six hexadecimal digits", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("1F4E79", await StoredColourAsync());
    }

    [Fact]
    public async Task PostColour_ScriptInjection_IsNeverEchoedRaw()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Colour");

        var response = await lead.SubmitAsync(form, new() { ["AccentColour"] = "\"><script>alert(1)</script>" });

        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostColour_StaleVersion_IsRefusedAndNothingSaved()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Colour");
        var other = await lead.GetFormAsync(Settings, "Colour");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(other, new() { ["AccentColour"] = "112233" })).StatusCode);

        var response = await lead.SubmitAsync(form, new() { ["AccentColour"] = "445566" });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("112233", await StoredColourAsync());
    }

    [Fact]
    public async Task PostLogo_Png_IsSavedAndServedAnonymouslyWithSafeHeaders()
    {
        var lead = await _app.LeadAsync();
        var png = Png(40, 20);

        var response = await UploadLogoAsync(lead, png, "logo.png", "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var served = await _app.Anonymous().GetAsync(PublicLogo);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(served.Headers.ETag);
        Assert.Contains("data-testid=\"logo-preview\"", await (await lead.GetAsync(Settings)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLogo_SameETag_AnswersNotModified()
    {
        var lead = await _app.LeadAsync();
        await UploadLogoAsync(lead, Png(8, 8), "logo.png", "image/png");
        var anonymous = _app.Anonymous();
        var etag = (await anonymous.GetAsync(PublicLogo)).Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, PublicLogo);
        request.Headers.IfNoneMatch.Add(etag);
        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task PostLogo_SvgWithScript_IsRefusedAndNothingSaved()
    {
        var lead = await _app.LeadAsync();
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");

        var response = await UploadLogoAsync(lead, svg, "logo.svg", "image/svg+xml");

        Assert.Contains("must be a PNG or JPEG image", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await HasLogoAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync(PublicLogo)).StatusCode);
    }

    [Fact]
    public async Task PostLogo_Gif_IsRefused()
    {
        var lead = await _app.LeadAsync();
        var gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

        var response = await UploadLogoAsync(lead, gif, "logo.gif", "image/gif");

        Assert.Contains("must be a PNG or JPEG image", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await HasLogoAsync());
    }

    [Fact]
    public async Task PostLogo_HtmlNamedPng_IsRefused()
    {
        var lead = await _app.LeadAsync();
        var html = Encoding.UTF8.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>");

        var response = await UploadLogoAsync(lead, html, "logo.png", "image/png");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("must be a PNG or JPEG image", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(document.cookie)", body, StringComparison.Ordinal);
        Assert.False(await HasLogoAsync());
    }

    [Fact]
    public async Task PostLogo_PngHeaderFollowedByJunk_IsRefusedAsDamaged()
    {
        var lead = await _app.LeadAsync();
        var polyglot = Png(4, 4)[..33].Concat(Encoding.ASCII.GetBytes("<script>alert(1)</script>")).ToArray();

        var response = await UploadLogoAsync(lead, polyglot, "logo.png", "image/png");

        Assert.Contains("damaged", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await HasLogoAsync());
    }

    [Fact]
    public async Task PostLogo_OverOneMegabyte_IsRefused()
    {
        var lead = await _app.LeadAsync();
        var big = new byte[(1024 * 1024) + 1];
        Png(4, 4).CopyTo(big, 0);

        var response = await UploadLogoAsync(lead, big, "logo.png", "image/png");

        Assert.Contains("at most 1 MB", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await HasLogoAsync());
    }

    [Fact]
    public async Task PostLogo_WiderThan4000Pixels_IsRefusedWithItsSize()
    {
        var lead = await _app.LeadAsync();

        var response = await UploadLogoAsync(lead, Png(4001, 2), "logo.png", "image/png");

        Assert.Contains("4001 × 2", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await HasLogoAsync());
    }

    [Fact]
    public async Task PostLogo_NoFile_AsksForOne()
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Settings, "Logo");

        var response = await lead.SubmitAsync(form);

        Assert.Contains("Choose a PNG or JPEG image.", await ErrorsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLogo_RefusedInFrench_ExplainsInFrench()
    {
        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");

        var response = await UploadLogoAsync(lead, Encoding.ASCII.GetBytes("GIF89a"), "logo.png", "image/png");

        Assert.Contains("Le logo doit être une image PNG ou JPEG", await ErrorsAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRemoveLogo_StoredLogo_IsRemovedAndNoLongerServed()
    {
        var lead = await _app.LeadAsync();
        await UploadLogoAsync(lead, Png(8, 8), "logo.png", "image/png");
        var form = await lead.GetFormAsync(Settings, "RemoveLogo");

        var response = await lead.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await HasLogoAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync(PublicLogo)).StatusCode);
    }

    [Theory]
    [InlineData("/p/ville-de-demo/logo")]
    [InlineData("/p/no-such-city/logo")]
    public async Task GetLogo_NoLogoOrNoOrganisation_AnswersNotFound(string url)
    {
        var response = await _app.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoSeeder.FacilitatorEmail)]
    [InlineData(DemoSeeder.ContributorEmail)]
    [InlineData(DemoSeeder.ViewerEmail)]
    public async Task BrandingHandlers_NonAdministrator_AreForbiddenAndChangeNothing(string email)
    {
        var member = await _app.SignInAsync(email);
        var memberToken = await AuthorizationTests.AntiforgeryTokenAsync(member);
        var logoForm = new HtmlForm(Settings + "?handler=Logo", []);

        var colour = await member.PostAsync(Settings + "?handler=Colour", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = memberToken, ["AccentColour"] = "000000" }));
        var logo = await member.UploadAsync(logoForm with { Fields = [new("__RequestVerificationToken", memberToken)] }, "Logo", "logo.png", Png(4, 4), "image/png");
        var remove = await member.PostAsync(Settings + "?handler=RemoveLogo", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = memberToken }));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { colour.StatusCode, logo.StatusCode, remove.StatusCode });
        Assert.Equal("1F4E79", await StoredColourAsync());
        Assert.False(await HasLogoAsync());
    }

    // ---- Metadata: the GPS position and camera of a photographed logo are never served ----

    private static void AssertNoMetadata(byte[] image, string where)
    {
        var text = Encoding.Latin1.GetString(image);
        foreach (var word in TestImages.MetadataWords)
        {
            Assert.False(text.Contains(word, StringComparison.Ordinal), $"\"{word}\" is still in the logo {where}");
        }

        if (image[0] == 0xFF)
        {
            Assert.DoesNotContain(TestImages.JpegSegments(image), s => s.Marker is 0xE1 or 0xED or 0xFE);
        }
    }

    [Fact]
    public async Task PostLogo_JpegWithExifGps_IsStoredAndServedWithoutMetadata_AndTheSamePicture()
    {
        var lead = await _app.LeadAsync();
        var jpeg = TestImages.JpegWithMetadata(64, 32);

        var response = await UploadLogoAsync(lead, jpeg, "logo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _app.DbAsync(db => db.OrganisationLogos.Select(l => l.Data).SingleAsync());
        AssertNoMetadata(stored, "stored");
        var served = await _app.Anonymous().GetAsync(PublicLogo);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        AssertNoMetadata(bytes, "served");
        Assert.Equal(TestImages.Pixels(jpeg), TestImages.Pixels(bytes));
        var previewUrl = (await lead.GetDocumentAsync(Settings)).QuerySelector("[data-testid=logo-preview]")!.GetAttribute("src")!;
        var preview = await lead.GetAsync(previewUrl);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        AssertNoMetadata(await preview.Content.ReadAsByteArrayAsync(), "previewed");
    }

    [Fact]
    public async Task PostLogo_PngWithExifAndTextChunks_IsServedWithoutThem()
    {
        var lead = await _app.LeadAsync();
        var png = TestImages.PngWithMetadata();

        Assert.Equal(HttpStatusCode.Redirect, (await UploadLogoAsync(lead, png, "logo.png", "image/png")).StatusCode);

        var bytes = await (await _app.Anonymous().GetAsync(PublicLogo)).Content.ReadAsByteArrayAsync();
        AssertNoMetadata(bytes, "served");
        Assert.DoesNotContain("eXIf", TestImages.PngChunks(bytes));
        Assert.Equal(TestImages.Pixels(png), TestImages.Pixels(bytes));
    }

    [Fact]
    public async Task GetLogo_StoredWithMetadataBeforeUploadsWereCleaned_IsServedAndPublishedWithout()
    {
        var organisation = await _app.DemoOrganisationIdAsync();
        await _app.DbAsync(db =>
        {
            db.OrganisationLogos.Add(new DataStrategy.Data.Entities.OrganisationLogo { OrganisationId = organisation, ContentType = "image/jpeg", Data = TestImages.JpegWithMetadata(), UpdatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        var served = await _app.Anonymous().GetAsync(PublicLogo);
        AssertNoMetadata(await served.Content.ReadAsByteArrayAsync(), "served");

        // The public strategy document carries the logo too.
        var document = await _app.Anonymous().GetAsync("/p/" + DemoSeeder.Slug + "?handler=Document&language=fr&format=docx");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using var docx = new ZipArchive(new MemoryStream(await document.Content.ReadAsByteArrayAsync()));
        var media = docx.Entries.Where(e => e.FullName.Contains("media/", StringComparison.Ordinal)).ToList();
        Assert.True(media.Count > 0, "no picture in " + string.Join(", ", docx.Entries.Select(e => e.FullName)));
        foreach (var entry in media)
        {
            using var stream = new MemoryStream();
            await entry.Open().CopyToAsync(stream);
            AssertNoMetadata(stream.ToArray(), "in the document (" + entry.FullName + ")");
        }
    }

    [Theory]
    [InlineData(3 * 1024 * 1024)]
    [InlineData(40 * 1024 * 1024)]
    public async Task PostLogo_LargerThanTheRequestLimit_SaysSoOnTheFormInTheReadersLanguage_AndChangesNothing(int size)
    {
        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        var png = Png(8, 8);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadLogoAsync(lead, png, "logo.png", "image/png")).StatusCode);
        var big = new byte[size];
        Png(4, 4).CopyTo(big, 0);

        var response = await UploadLogoAsync(lead, big, "photo.png", "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await lead.GetAsync(response.Location());
        Assert.Contains("Le logo ne peut pas dépasser 1 Mo.", await ErrorsAsync(page), StringComparison.Ordinal);
        Assert.Equal(png, await _app.DbAsync(db => db.OrganisationLogos.Select(l => l.Data).SingleAsync()));
    }

    /// <summary>A small RGBA PNG, written by hand (signature, IHDR, one IDAT, IEND).</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + (width * 4))];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * (1 + (width * 4))) + 1 + (x * 4);
                (raw[i], raw[i + 1], raw[i + 2], raw[i + 3]) = (0x1F, 0x4E, 0x79, 0xFF);
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        (header[8], header[9]) = (8, 6);
        Chunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        output.Write(buffer);
        output.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, crc ^ 0xFFFFFFFFu);
        output.Write(buffer);
    }
}
