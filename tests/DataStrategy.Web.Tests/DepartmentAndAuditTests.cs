using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

public sealed class DepartmentAndAuditTests : IDisposable
{
    private const string Departments = "/o/" + DemoSeeder.Slug + "/departments";
    private const string Audit = "/o/" + DemoSeeder.Slug + "/audit";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Create_ValidDepartment_IsListed_AndAudited()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Departments + "/edit");

        var response = await client.SubmitAsync(form, new() { ["Code"] = "dat", ["Name[fr]"] = "Bureau des données", ["Name[nl]"] = "Databureau", ["Kind"] = "CrossFunctional" });
        var list = await client.GetStringAsync(Departments);
        var audit = await (await client.GetAsync(Audit + "?type=Department&action=Created")).ParseAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Bureau des données", list, StringComparison.Ordinal);
        Assert.Contains("DAT", list, StringComparison.Ordinal);
        var rows = audit.QuerySelectorAll("[data-testid=audit-table] tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("Databureau", StringComparison.Ordinal) && r.TextContent.Contains(DemoSeeder.LeadEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_LongestAccentedNames_AreSavedWhole()
    {
        // 200 accented characters in each of three languages fit the column (they were once stored as \u00E9, six characters each).
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Departments + "/edit");
        var (fr, nl, en) = (new string('é', 200), new string('ë', 200), new string('—', 200));

        var response = await client.SubmitAsync(form, new() { ["Code"] = "ACC", ["Name[fr]"] = fr, ["Name[nl]"] = nl, ["Name[en]"] = en, ["Kind"] = "CrossFunctional" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _app.DbAsync(db => db.Departments.SingleAsync(d => d.Code == "ACC"), await _app.DemoOrganisationIdAsync());
        Assert.Equal((fr, nl, en), (saved.Name.Get("fr"), saved.Name.Get("nl"), saved.Name.Get("en")));
    }

    [Theory]
    [InlineData("", "Bureau", "Bureau", "Enter a code.")]
    [InlineData("<b>X</b>", "Bureau", "Bureau", "The code may contain only letters, digits, dashes and underscores.")]
    [InlineData("URB", "Doublon", "Dubbel", "Another department already uses this code.")]
    [InlineData("NEW", "Seulement en français", "", "Enter the name in Dutch.")]
    [InlineData("WAYTOOLONGCODE123456789", "Bureau", "Bureau", "Code must be at most 20 characters long.")]
    public async Task Create_InvalidInput_SaysWhatIsWrong_AndSavesNothing(string code, string fr, string nl, string message)
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Departments + "/edit");
        var before = await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().CountAsync());

        var response = await client.SubmitAsync(form, new() { ["Code"] = code, ["Name[fr]"] = fr, ["Name[nl]"] = nl, ["Kind"] = "Business" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Create_UnknownKind_IsRefused()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Departments + "/edit");

        var response = await client.SubmitAsync(form, new() { ["Code"] = "K", ["Name[fr]"] = "K", ["Name[nl]"] = "K", ["Kind"] = "42" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().AnyAsync(d => d.Code == "K")));
    }

    [Fact]
    public async Task Delete_DepartmentWithStakeholders_IsRefused()
    {
        var client = await _app.LeadAsync();
        var id = await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.Code == "URB").Select(d => d.Id).SingleAsync());
        var form = await client.GetFormAsync($"{Departments}/edit/{id}", "Delete");

        var response = await client.SubmitAsync(form);

        var summary = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")!.TextContent;
        Assert.Contains("still has stakeholders", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter a code.", summary, StringComparison.Ordinal);
        Assert.True(await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().AnyAsync(d => d.Id == id)));
    }

    [Fact]
    public async Task Edit_StaleDepartment_IsRefused_NotOverwritten()
    {
        var a = await _app.LeadAsync();
        var b = await _app.LeadAsync();
        var id = await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.Code == "CUL").Select(d => d.Id).SingleAsync());
        var formA = await a.GetFormAsync($"{Departments}/edit/{id}");
        var formB = await b.GetFormAsync($"{Departments}/edit/{id}");

        await a.SubmitAsync(formA, new() { ["Name[fr]"] = "Culture et patrimoine" });
        var stale = await b.SubmitAsync(formB, new() { ["Name[fr]"] = "Culture et loisirs" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Culture et patrimoine", await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Name).SingleAsync()).ContinueWith(t => t.Result["fr"], TaskScheduler.Default));
    }

    [Fact]
    public async Task AuditCsv_NeutralisesFormulas_AndKeepsPersonalDataOut()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Departments + "/edit");
        await client.SubmitAsync(form, new() { ["Code"] = "F1", ["Name[fr]"] = "=1+1", ["Name[nl]"] = "@SUM(A1)", ["Kind"] = "Business" });
        var stakeholder = await client.GetFormAsync("/o/" + DemoSeeder.Slug + "/stakeholders/edit");
        await client.SubmitAsync(stakeholder, new() { ["Name"] = "Very Private Person", ["Email"] = "private@ville-de-demo.example" });

        var response = await client.GetAsync(Audit + "?handler=Csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Department", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Very Private Person", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("private@ville-de-demo.example", csv, StringComparison.Ordinal);
        foreach (var line in csv.Split('\n').Skip(1))
        {
            foreach (var cell in line.Split(','))
            {
                Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal), $"unescaped cell {cell}");
            }
        }
    }

    [Fact]
    public async Task AuditFilters_NarrowTheList()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Departments + "/edit");
        await client.SubmitAsync(form, new() { ["Code"] = "FLT", ["Name[fr]"] = "Filtre", ["Name[nl]"] = "Filter", ["Kind"] = "Business" });

        var all = (await client.GetDocumentAsync(Audit)).QuerySelectorAll("[data-testid=audit-table] tbody tr").Length;
        var departments = (await client.GetDocumentAsync(Audit + "?type=Department")).QuerySelectorAll("[data-testid=audit-table] tbody tr").Length;
        var byNobody = (await client.GetDocumentAsync(Audit + "?user=nobody-at-all")).QuerySelectorAll("[data-testid=audit-table] tbody tr").Length;
        var future = (await client.GetDocumentAsync(Audit + "?from=2100-01-01")).QuerySelectorAll("[data-testid=audit-table] tbody tr").Length;

        Assert.True(all > departments, $"{all} vs {departments}");
        Assert.True(departments >= 13);
        Assert.Equal(0, byNobody);
        Assert.Equal(0, future);
    }

    [Fact]
    public async Task Edit_OffersTheOrganisationsLanguages_AndKeepsATranslationAlreadyStored()
    {
        // The organisation works in French and English only; the demo departments are named in Dutch too.
        await _app.DbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            organisation.Languages = ["fr", "en"];
            return await db.SaveChangesAsync();
        });
        var client = await _app.LeadAsync();
        var id = await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.Code == "CUL").Select(d => d.Id).SingleAsync());
        static List<string?> NameInputs(AngleSharp.Html.Dom.IHtmlDocument doc) => doc.QuerySelectorAll("input[name^='Name[']").Select(i => i.GetAttribute("name")).ToList();

        var blank = await client.GetDocumentAsync(Departments + "/edit");
        var stored = await client.GetDocumentAsync($"{Departments}/edit/{id}");
        var created = await client.SubmitAsync(await client.GetFormAsync(Departments + "/edit"), new() { ["Code"] = "FRE", ["Name[fr]"] = "Seulement en français", ["Kind"] = "Business" });
        var saved = await client.SubmitAsync(await client.GetFormAsync($"{Departments}/edit/{id}"), new() { ["Name[fr]"] = "Culture et patrimoine" });

        Assert.Equal(["Name[fr]", "Name[en]"], NameInputs(blank));
        Assert.Equal("Name in English", blank.QuerySelector("label[for='Name_en_']")!.TextContent.Trim());
        Assert.Equal("en", blank.GetElementById("Name_en_")!.GetAttribute("lang"));
        Assert.Equal(["Name[fr]", "Name[nl]", "Name[en]"], NameInputs(stored));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var name = (await _app.DbAsync(db => db.Departments.IgnoreQueryFilters().SingleAsync(d => d.Id == id))).Name;
        Assert.Equal("Culture et patrimoine", name["fr"]);
        Assert.False(string.IsNullOrEmpty(name["nl"]), "the Dutch name was lost");
    }
}
