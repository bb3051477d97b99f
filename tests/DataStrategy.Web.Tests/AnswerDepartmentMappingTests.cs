using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Answer import meets a real survey export (issue 19): department values are matched by code or by name in any of the
/// organisation's languages; the values that match nothing are mapped by hand on a mapping step (an existing department,
/// or a new one), and nothing is written until the mapping is complete and the person imports.
/// </summary>
public sealed class AnswerDepartmentMappingTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;

    /// <summary>
    /// Twelve respondents, twelve department values: five match a department by code or by a name in another language,
    /// case or accents (URB, POPULATION ET ETAT CIVIL, Cultuur, " sports ", informatica); seven do not.
    /// </summary>
    private const string Survey =
        "Respondent;Service;lead-01;lead-02;gov-01\n" +
        "M-01;URB;2;3;4\n" +
        "M-02;POPULATION ET ETAT CIVIL;1;2;3\n" +
        "M-03;Cultuur;3;3;3\n" +
        "M-04; sports ;2;2;2\n" +
        "M-05;informatica;4;4;4\n" +
        "M-06;Service Mobilité;2;3;2\n" +
        "M-07;CPAS;1;1;2\n" +
        "M-08;GRH;3;2;1\n" +
        "M-09;Dienst Financiën;2;2;3\n" +
        "M-10;Juridique;1;2;1\n" +
        "M-11;Smart City;4;3;4\n" +
        "M-12;Secrétariat;3;3;2\n";

    /// <summary>The seven values that match no department, and what the person chooses for each ("new" creates CPAS).</summary>
    private static readonly Dictionary<string, string> Choices = new(StringComparer.Ordinal)
    {
        ["Service Mobilité"] = "MOB",
        ["CPAS"] = "new",
        ["GRH"] = "ORG",
        ["Dienst Financiën"] = "FIN",
        ["Juridique"] = "JUR",
        ["Smart City"] = "SCU",
        ["Secrétariat"] = "SEC",
    };

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> InDemoAsync<T>(Func<AppDbContext, Task<T>> query) => await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private async Task<Guid> CampaignAsync() =>
        await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());

    private static string Url(Guid campaign) => $"{Org}/campaigns/{campaign}/import";

    private Task<(int Responses, int Departments, int Batches)> CountsAsync(Guid campaign) => InDemoAsync(async db => (
        await db.Responses.CountAsync(r => r.CampaignId == campaign),
        await db.Departments.CountAsync(),
        await db.AnswerImportBatches.CountAsync(b => b.CampaignId == campaign)));

    /// <summary>Uploads and previews with the suggested columns: the page of the mapping step and its form's fields.</summary>
    private static async Task<(IHtmlDocument Page, List<KeyValuePair<string, string>> Fields)> PreviewAsync(HttpClient client, string url, string csv, string name = "survey-tool.csv")
    {
        var upload = await client.UploadAsync(await client.GetFormAsync(url, "Upload"), "file", name, Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var form = HttpClientExtensions.FormOf(await upload.ParseAsync(), url, index: 0);
        var preview = await client.PostAsync(url + "?handler=Preview", new FormUrlEncodedContent(form.Fields));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await preview.ParseAsync();
        return (page, HttpClientExtensions.FormOf(page, url, index: 0).Fields);
    }

    /// <summary>The mapping step's values, in the page's order.</summary>
    private static List<string> Offered(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=department-mapping] input[type=hidden]").Select(i => i.GetAttribute("value")!)];

    /// <summary>The form's fields with each department value's choice set.</summary>
    private static List<KeyValuePair<string, string>> Choose(IHtmlDocument page, List<KeyValuePair<string, string>> fields, IReadOnlyDictionary<string, string> choices)
    {
        var offered = Offered(page);
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < offered.Count; i++)
        {
            if (choices.TryGetValue(offered[i], out var to))
            {
                set[$"M.Departments[{i}].To"] = to;
            }
        }

        return [.. fields.Where(f => !set.ContainsKey(f.Key)), .. set];
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, List<KeyValuePair<string, string>> fields) =>
        client.PostAsync(url + "?handler=" + handler, new FormUrlEncodedContent(fields));

    /// <summary>Uploads, previews, maps the seven values and previews again: ready to import.</summary>
    private static async Task<List<KeyValuePair<string, string>>> MappedAsync(HttpClient client, string url, string csv = Survey, IReadOnlyDictionary<string, string>? choices = null)
    {
        var (page, fields) = await PreviewAsync(client, url, csv);
        var mapped = await PostAsync(client, url, "Preview", Choose(page, fields, choices ?? Choices));
        var ready = await mapped.ParseAsync();
        Assert.NotNull(ready.QuerySelector("[data-testid=import-ready]"));
        return HttpClientExtensions.FormOf(ready, url, index: 0).Fields;
    }

    [Fact]
    public async Task SevenOfTwelveDepartmentNamesDiffer_MappingStepListsThem_ImportAppliesOnlyAfterMapping()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var before = await CountsAsync(campaign);

        var (page, fields) = await PreviewAsync(facilitator, url, Survey);

        Assert.Equal(["Service Mobilité", "CPAS", "GRH", "Dienst Financiën", "Juridique", "Smart City", "Secrétariat"], Offered(page));
        Assert.Null(page.QuerySelector("[data-testid=import-ready]"));
        Assert.Null(page.QuerySelector("button[formaction*=Commit]"));
        Assert.Null(page.QuerySelector("[data-testid=import-errors]"));
        var cpas = page.QuerySelectorAll("[data-testid=department-mapping] select").OfType<IHtmlSelectElement>().Single(s => s.Id == "dept-1");
        Assert.Contains(cpas.Options, o => o.Value == "new" && o.Text == "Create a new department named “CPAS”");
        Assert.Contains(cpas.Options, o => o.Value == "URB");

        // Importing before the mapping is complete writes nothing.
        var early = await PostAsync(facilitator, url, "Commit", fields);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var partial = await PostAsync(facilitator, url, "Commit", Choose(page, fields, new Dictionary<string, string> { ["CPAS"] = "new", ["GRH"] = "ORG" }));
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal(before, await CountsAsync(campaign));

        // Mapped and previewed: still nothing written until the person imports.
        var ready = await MappedAsync(facilitator, url);
        Assert.Equal(before, await CountsAsync(campaign));

        var committed = await PostAsync(facilitator, url, "Commit", ready);

        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        Assert.Equal((before.Responses + 12, before.Departments + 1, before.Batches + 1), await CountsAsync(campaign));
        var flash = WebUtility.HtmlDecode(await facilitator.GetStringAsync(committed.Location()));
        Assert.Contains("1 department was created: CPAS", flash, StringComparison.Ordinal);
        var departments = await InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign && r.ExternalKey!.StartsWith("M-"))
            .Join(db.Departments, r => r.DepartmentId, d => d.Id, (r, d) => new { r.ExternalKey, d.Code }).ToDictionaryAsync(x => x.ExternalKey!, x => x.Code));
        Assert.Equal(12, departments.Count);
        Assert.Equal(["URB", "POP", "CUL", "SPO", "IT", "MOB"], new[] { "M-01", "M-02", "M-03", "M-04", "M-05", "M-06" }.Select(k => departments[k]));
        Assert.Equal(["ORG", "FIN", "JUR", "SCU", "SEC"], new[] { "M-08", "M-09", "M-10", "M-11", "M-12" }.Select(k => departments[k]));
        var created = await InDemoAsync(db => db.Departments.SingleAsync(d => d.Code == departments["M-07"]));
        Assert.Equal("CPAS", created.Name.Get("fr"));
        Assert.Equal(1, await InDemoAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Department) && a.EntityId == created.Id.ToString() && a.Action == AuditAction.Created)));
    }

    [Fact]
    public async Task SameFileTwice_AfterMapping_IsRecognised_AndMakesNoSecondDepartment()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(facilitator, url, "Commit", await MappedAsync(facilitator, url))).StatusCode);
        var once = await CountsAsync(campaign);

        // The remembered mapping now names the department made for CPAS: the second upload needs no mapping.
        var (page, fields) = await PreviewAsync(facilitator, url, Survey);

        Assert.NotNull(page.QuerySelector("[data-testid=import-ready]"));
        Assert.Contains("This file was already imported on ", page.QuerySelector("[data-testid=import-existing]")!.TextContent, StringComparison.Ordinal);
        var skipped = await PostAsync(facilitator, url, "Commit", [.. fields, new("Existing", "Skip")]);
        Assert.Equal(HttpStatusCode.Redirect, skipped.StatusCode);
        Assert.Equal(once, await CountsAsync(campaign));
        Assert.Equal(1, await InDemoAsync(db => db.Departments.CountAsync(d => d.Code.StartsWith("CPAS"))));
    }

    [Fact]
    public async Task SameMappedFileCommittedBy32ClientsAtOnce_IsImportedOnce_WithOneNewDepartment()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var ready = await MappedAsync(facilitator, url);
        var before = await CountsAsync(campaign);

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => PostAsync(facilitator, url, "Commit", ready)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, r.StatusCode.ToString()));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal((before.Responses + 12, before.Departments + 1, before.Batches + 1), await CountsAsync(campaign));
    }

    [Fact]
    public async Task FormulaInADepartmentName_CannotBecomeANewDepartment_ButCanBeMapped()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        const string formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        var csv = "Respondent;Service;lead-01\nF-1;\"" + formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\";2\nF-2;URB;3\n";
        var before = await CountsAsync(campaign);
        var (page, fields) = await PreviewAsync(facilitator, url, csv);
        Assert.Equal([formula], Offered(page));

        var refused = await (await PostAsync(facilitator, url, "Commit", Choose(page, fields, new Dictionary<string, string> { [formula] = "new" }))).ParseAsync();

        Assert.Contains("cannot be the name of a new department", refused.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(campaign));

        var ready = await MappedAsync(facilitator, url, csv, new Dictionary<string, string> { [formula] = "URB" });
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(facilitator, url, "Commit", ready)).StatusCode);
        var after = await CountsAsync(campaign);
        Assert.Equal((before.Responses + 2, before.Departments), (after.Responses, after.Departments));
    }

    [Fact]
    public async Task ScriptInADepartmentValue_IsShownAsText_AndCannotBecomeANewDepartment()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        const string script = "<script>alert(1)</script>";
        var before = await CountsAsync(campaign);

        var upload = await facilitator.UploadAsync(await facilitator.GetFormAsync(url, "Upload"), "file", "s.csv", Encoding.UTF8.GetBytes("Respondent;Service;lead-01\nS-1;" + script + ";2\n"));
        var form = HttpClientExtensions.FormOf(await upload.ParseAsync(), url, index: 0);
        var preview = await PostAsync(facilitator, url, "Preview", form.Fields);
        var html = await preview.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal([script], Offered(page));
        var fields = HttpClientExtensions.FormOf(page, url, index: 0).Fields;
        var refused = await (await PostAsync(facilitator, url, "Commit", Choose(page, fields, new Dictionary<string, string> { [script] = "new" }))).ParseAsync();
        Assert.Contains("cannot be the name of a new department", refused.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(campaign));
    }

    [Fact]
    public async Task MappingToACodeThatDoesNotExist_IsRefused_NothingWritten()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var before = await CountsAsync(campaign);
        var (page, fields) = await PreviewAsync(facilitator, url, Survey);
        var choices = new Dictionary<string, string>(Choices) { ["GRH"] = "NOPE" };

        var refused = await (await PostAsync(facilitator, url, "Commit", Choose(page, fields, choices))).ParseAsync();

        Assert.Contains("There is no department \"NOPE\".", refused.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(campaign));
    }

    [Fact]
    public async Task HugeNumberOfUnknownDepartments_IsOneSentence_AndAtMost100Choices()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var csv = new StringBuilder("Respondent;Service;lead-01\n");
        for (var i = 0; i < 5000; i++)
        {
            csv.Append("H-").Append(i).Append(";Dept ").Append(i).Append(";2\n");
        }

        var (page, _) = await PreviewAsync(facilitator, url, csv.ToString());

        Assert.Contains("more than 100 different values match no department", page.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.True(Offered(page).Count <= 100);
    }

    [Fact]
    public async Task StakeholderListGivenAsAnswers_OneSentenceSaysWhatItLooksLike_ThenAtMost20Details()
    {
        var facilitator = await _app.FacilitatorAsync();
        var url = Url(await CampaignAsync());

        var upload = await facilitator.UploadAsync(await facilitator.GetFormAsync(url, "Upload"), "file", "people.csv", Encoding.UTF8.GetBytes("Name;Email;Department\nAnn;ann@example.org;URB\n"));
        var form = HttpClientExtensions.FormOf(await upload.ParseAsync(), url, index: 0);
        var page = await (await PostAsync(facilitator, url, "Preview", form.Fields)).ParseAsync();

        var items = page.QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent).ToList();
        Assert.Equal("This looks like a list of stakeholders (columns: Name, Email, Department); expected a survey-tool export with one row per respondent and one column per question, or one row per answer.", items[0]);
        Assert.InRange(items.Count, 1, 21);
    }

    [Fact]
    public async Task FrameworkFileGivenAsAnswers_SaysItLooksLikeAFramework()
    {
        var facilitator = await _app.FacilitatorAsync();
        var url = Url(await CampaignAsync());

        var upload = await facilitator.UploadAsync(await facilitator.GetFormAsync(url, "Upload"), "file", "framework.json", Encoding.UTF8.GetBytes("{\"title\":\"x\",\"dimensions\":[]}"), "application/json");
        var page = await upload.ParseAsync();

        Assert.Equal(["This looks like a framework file (JSON); expected a survey-tool export (CSV or XLSX) with one row per respondent and one column per question, or one row per answer."],
            page.QuerySelectorAll("[data-testid=import-errors] li").Select(li => li.TextContent));
    }
}
