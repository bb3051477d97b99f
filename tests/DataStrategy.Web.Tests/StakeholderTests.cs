using System.Net;
using System.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

public sealed class StakeholderTests : IDisposable
{
    private const string List = "/o/" + DemoSeeder.Slug + "/stakeholders";
    private const string Import = List + "/import";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Import_CleanCsv_ShowsPreviewThenImportsEveryRowOnConfirm()
    {
        var client = await _app.FacilitatorAsync();
        var csv = "nom;fonction;service;courriel\nÉlise Moreau;Analyste;Urbanisme;elise.moreau@ville-de-demo.example\nTom Claes;Projectleider;MOB;tom.claes@ville-de-demo.example\n";
        var before = await CountAsync();

        var preview = await UploadAsync(client, "people.csv", Encoding.UTF8.GetBytes(csv));
        var doc = await preview.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(2, doc.QuerySelectorAll("[data-testid=import-preview] tbody tr").Length);
        Assert.Equal(before, await CountAsync());

        var confirm = await client.SubmitAsync(HttpClientExtensions.FormOf(doc, Import, "Confirm"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(before + 2, await CountAsync());
        var elise = await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().Include(s => s.Department).SingleAsync(s => s.Email == "elise.moreau@ville-de-demo.example"));
        Assert.Equal("URB", elise.Department!.Code);
    }

    [Fact]
    public async Task Import_FileWithBadRows_ListsEveryProblem_AndImportsNothing()
    {
        var client = await _app.FacilitatorAsync();
        var csv = "name,email,department\nGood Person,good@ville-de-demo.example,URB\n,missing-name@x.example,URB\nBad Mail,not-an-email,URB\nNo Dept,nodept@x.example,Atlantis\nDup,sophie.lambert@ville-de-demo.example,URB\n";
        var before = await CountAsync();

        var response = await UploadAsync(client, "bad.csv", Encoding.UTF8.GetBytes(csv));
        var errors = (await response.ParseAsync()).QuerySelector("[data-testid=import-errors]")!.TextContent;

        Assert.Contains("Row 3", errors, StringComparison.Ordinal);
        Assert.Contains("Row 4", errors, StringComparison.Ordinal);
        Assert.Contains("not-an-email", errors, StringComparison.Ordinal);
        Assert.Contains("Atlantis", errors, StringComparison.Ordinal);
        Assert.Contains("sophie.lambert@ville-de-demo.example", errors, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
        Assert.Equal(0, await _app.DbAsync(db => db.PendingImports.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Import_ErrorsAreInTheReadersLanguage()
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "nl");

        var response = await UploadAsync(client, "bad.csv", Encoding.UTF8.GetBytes("naam;e-mail\nJan;geen-mail\n"));
        var errors = (await response.ParseAsync()).QuerySelector("[data-testid=import-errors]")!.TextContent;

        Assert.Contains("Rij 2", errors, StringComparison.Ordinal);
        Assert.Contains("is geen geldig e-mailadres", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("photo.csv", "png")]
    [InlineData("people.xlsx", "text")]
    [InlineData("people.exe", "text")]
    [InlineData("people.csv", "empty")]
    [InlineData("people.csv", "huge")]
    [InlineData("people.xlsx", "truncated-zip")]
    public async Task Import_MalformedFile_IsRefusedWithAClearMessage_AndImportsNothing(string fileName, string kind)
    {
        var client = await _app.FacilitatorAsync();
        byte[] content = kind switch
        {
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "text" => Encoding.UTF8.GetBytes("name\nAlice\n"),
            "empty" => [],
            "huge" => Encoding.UTF8.GetBytes("name\n" + string.Concat(Enumerable.Repeat("A very long name to fill the file\n", 180_000))),
            _ => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
        };
        var before = await CountAsync();

        var response = await UploadAsync(client, fileName, content);
        var doc = await response.ParseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(doc.QuerySelector("[data-testid=import-errors], [data-testid=error-summary]") is not null, $"no error shown for {kind}");
        Assert.Null(doc.QuerySelector("[data-testid=import-preview]"));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf8")]
    [InlineData("windows-1252")]
    public async Task Import_CommonEncodings_KeepAccentsIntact(string encoding)
    {
        var client = await _app.FacilitatorAsync();
        var text = "name;job_title;department\nFrançoise Hériché;Responsable qualité;URB\n";
        var bytes = encoding switch
        {
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf8" => Encoding.UTF8.GetBytes(text),
            _ => CodePages().GetBytes(text),
        };

        var preview = await UploadAsync(client, "people.csv", bytes);
        await client.SubmitAsync(HttpClientExtensions.FormOf(await preview.ParseAsync(), Import, "Confirm"));

        var stored = await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().SingleAsync(s => s.JobTitle == "Responsable qualité"));
        Assert.Equal("Françoise Hériché", stored.Name);
    }

    [Fact]
    public async Task Import_Confirm_RevalidatesAgainstChangesMadeSinceThePreview()
    {
        var client = await _app.FacilitatorAsync();
        var preview = await UploadAsync(client, "p.csv", Encoding.UTF8.GetBytes("name,email\nLate Comer,late@ville-de-demo.example\n"));
        var confirmForm = HttpClientExtensions.FormOf(await preview.ParseAsync(), Import, "Confirm");
        var edit = await client.GetFormAsync(List + "/edit");
        await client.SubmitAsync(edit, new() { ["Name"] = "Someone Else", ["Email"] = "late@ville-de-demo.example" });
        var before = await CountAsync();

        var response = await client.SubmitAsync(confirmForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ParseAsync()).QuerySelector("[data-testid=import-errors]"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ScriptInName_IsShownAsText_NeverExecuted()
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(List + "/edit");
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        var saved = await client.SubmitAsync(form, new() { ["Name"] = hostile, ["JobTitle"] = "\"><svg onload=alert(2)>" });
        var html = await client.GetStringAsync(List + "?q=script");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public async Task Export_FormulaLikeCells_AreNeutralised(string formula)
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(List + "/edit");
        await client.SubmitAsync(form, new() { ["Name"] = "Formula Person", ["Notes"] = formula });

        var csv = await client.GetStringAsync(List + "/export?format=csv&q=Formula");

        Assert.Contains("'" + formula[..1], csv, StringComparison.Ordinal);
        Assert.DoesNotContain("," + formula[..2], csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Xlsx_IsAWorkbookWithTheStakeholders()
    {
        var client = await _app.FacilitatorAsync();

        var response = await client.GetAsync(List + "/export?format=xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(20, rows.Count);
        Assert.Contains(rows, r => (string)r["name"] == "Sophie Lambert");
    }

    [Fact]
    public async Task Edit_TwoFacilitatorsSaveTheSameStakeholder_SecondIsRefusedWithWhatChanged()
    {
        var id = await SophieIdAsync();
        var first = await _app.FacilitatorAsync();
        var second = await _app.LeadAsync();
        var url = $"{List}/edit/{id}";
        var formOfFirst = await first.GetFormAsync(url);
        var formOfSecond = await second.GetFormAsync(url);

        var saved = await first.SubmitAsync(formOfFirst, new() { ["JobTitle"] = "Directrice générale de l'urbanisme" });
        var refused = await second.SubmitAsync(formOfSecond, new() { ["JobTitle"] = "Architecte en chef" });
        var doc = await refused.ParseAsync();
        var conflict = doc.QuerySelector("[data-testid=conflict]")!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Directrice générale de l'urbanisme", conflict, StringComparison.Ordinal);
        Assert.Contains("Architecte en chef", conflict, StringComparison.Ordinal);
        Assert.Equal("Architecte en chef", doc.QuerySelector("#JobTitle")!.GetAttribute("value"));
        Assert.Equal("Directrice générale de l'urbanisme", (await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().SingleAsync(s => s.Id == id))).JobTitle);

        // Saving again after seeing the conflict deliberately keeps the second person's entry.
        var resaved = await second.SubmitAsync(HttpClientExtensions.FormOf(doc, url));
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        Assert.Equal("Architecte en chef", (await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().SingleAsync(s => s.Id == id))).JobTitle);
    }

    [Theory]
    [InlineData("", "Enter the stakeholder's name.")]
    [InlineData("Valid Name", "Enter a valid e-mail address.", "not an email")]
    [InlineData("Valid Name", "Another stakeholder already has this e-mail address.", "SOPHIE.LAMBERT@ville-de-demo.example")]
    public async Task Edit_InvalidInput_SaysWhatIsWrong_AndSavesNothing(string name, string message, string email = "")
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(List + "/edit");
        var before = await CountAsync();

        var response = await client.SubmitAsync(form, new() { ["Name"] = name, ["Email"] = email });
        var summary = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, summary, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Edit_WrongTypesAndOversizedValues_AreRefused()
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(List + "/edit");
        var before = await CountAsync();

        var response = await client.SubmitAsync(form, new() { ["Name"] = new string('x', 201), ["DepartmentId"] = "not-a-guid", ["Notes"] = new string('n', 4001) });
        var summary = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent;

        Assert.Contains("Name must be at most 200 characters long.", summary, StringComparison.Ordinal);
        Assert.Contains("Notes must be at most 4000 characters long.", summary, StringComparison.Ordinal);
        Assert.Contains("not-a-guid", summary, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Erase_RemovesPersonalData_KeepsTheRowAnonymised_AndTheAuditHoldsNoName()
    {
        var id = await SophieIdAsync();
        var client = await _app.LeadAsync();

        var form = await client.GetFormAsync($"{List}/erase/{id}");
        var response = await client.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var erased = await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().SingleAsync(s => s.Id == id));
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal(string.Empty, erased.Name);
        Assert.Null(erased.Email);
        Assert.Null(erased.Notes);
        Assert.Null(erased.JobTitle);
        Assert.NotNull(erased.DepartmentId);
        var audit = await _app.DbAsync(db => db.AuditEntries.IgnoreQueryFilters().Select(a => a.Changes).ToListAsync());
        Assert.DoesNotContain(audit, a => a.Contains("Lambert", StringComparison.Ordinal));
        var page = await client.GetStringAsync(List);
        Assert.DoesNotContain("Sophie Lambert", page, StringComparison.Ordinal);
        Assert.Contains("Anonymised stakeholder", page, StringComparison.Ordinal);
        var csv = await client.GetStringAsync(List + "/export?format=csv");
        Assert.DoesNotContain("Lambert", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_ByAFacilitator_IsForbidden()
    {
        var id = await SophieIdAsync();
        var client = await _app.FacilitatorAsync();

        var response = await client.GetAsync($"{List}/erase/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await _app.FacilitatorAsync();

        var response = await client.PostAsync(List + "/edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "CSRF victim" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().AnyAsync(s => s.Name == "CSRF victim")));
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var form = await client.GetFormAsync(Import, "Upload");
        return await client.UploadAsync(form, "File", fileName, content);
    }

    private async Task<int> CountAsync() => await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().CountAsync());

    private async Task<Guid> SophieIdAsync() =>
        await _app.DbAsync(db => db.Stakeholders.IgnoreQueryFilters().Where(s => s.Email == "sophie.lambert@ville-de-demo.example").Select(s => s.Id).SingleAsync());

    [Theory]
    [InlineData("fr", ';')]
    [InlineData("nl", ';')]
    [InlineData("en", ',')]
    public async Task Export_Csv_UsesTheDelimiterOfTheReadersSpreadsheet_AndHonoursTheFilter(string language, char delimiter)
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: language);

        var csv = await client.GetStringAsync(List + "/export?format=csv&q=Lambert");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith($"name{delimiter}job_title{delimiter}department", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Sophie Lambert", lines[1], StringComparison.Ordinal);
    }
}
