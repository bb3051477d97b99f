using System.Net;
using System.Text;
using DataStrategy.Core.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>Frameworks, campaigns, interviews, surveys and answer imports through the real pages.</summary>
public sealed class AssessmentTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string SharedFile(string relative)
    {
        // The repository's copy of the shared reference data (tests/fixtures/README.md names its source).
        var path = Path.Combine(ResourceTests.RepositoryRoot(), "tests", "fixtures", relative);
        Assert.True(File.Exists(path), $"reference data missing: {path}");
        return path;
    }

    private Task<Guid> DemoCampaignAsync() =>
        InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());

    private async Task<T> InDemoAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) =>
        await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    [Fact]
    public async Task Lead_ImportsTheUkGovernmentFramework_FromTheOdiFile()
    {
        var client = await _app.LeadAsync();
        // The demo already holds the UK framework (DemoFrameworks): removed here so this import is a first one.
        await InDemoAsync(db => db.Frameworks.Where(f => f.Key == DemoFrameworks.UkKey).ExecuteDeleteAsync());
        var form = await client.GetFormAsync(Org + "/frameworks/import", index: 0);
        var response = await client.UploadAsync(form, "file", "DMAG2023.json", await File.ReadAllBytesAsync(SharedFile("frameworks/odi-tool-DMAG2023.json")), "application/json");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Key == "data-maturity-assessment-for-government-2023"));
        Assert.Equal((6, 10, 97, 5), (row.ThemeCount, row.TopicCount, row.QuestionCount, row.LevelCount));
        var page = await client.GetDocumentAsync(response.Location()!);
        Assert.Contains("Beginning", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mastering", page.Body.TextContent, StringComparison.Ordinal);
        var byTopic = await client.GetDocumentAsync(response.Location() + "?by=topic");
        Assert.Equal(10, byTopic.QuerySelectorAll("section.framework-group").Length);
        var byTheme = await client.GetDocumentAsync(response.Location()!);
        Assert.Equal(6, byTheme.QuerySelectorAll("section.framework-group").Length);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"format\":\"dss-framework\",\"id\":\"x\",\"name\":{\"en\":\"X\"},\"levels\":[],\"themes\":[],\"questions\":[]}", "at least 2 levels")]
    [InlineData("{\"format\":\"dss-framework\",\"id\":\"x\",\"name\":{\"en\":\"<script>alert(1)</script>\"},\"levels\":[{\"value\":1,\"name\":{\"en\":\"a\"}},{\"value\":2,\"name\":{\"en\":\"b\"}}],\"themes\":[{\"id\":\"t\",\"name\":{\"en\":\"T\"}}],\"questions\":[{\"id\":\"q\",\"theme\":\"t\",\"text\":{\"en\":\"Q\"},\"descriptors\":[{\"level\":1,\"text\":{\"en\":\"d\"}}]},{\"id\":\"q\",\"theme\":\"t\",\"text\":{\"en\":\"Q\"},\"descriptors\":[]}]}", "$.questions[1].id")]
    public async Task HostileFrameworkFiles_GetAClearError_AndNothingIsStored(string content, string expected)
    {
        var client = await _app.LeadAsync();
        var before = await InDemoAsync(db => db.Frameworks.CountAsync());
        var form = await client.GetFormAsync(Org + "/frameworks/import", index: 0);

        var response = await client.UploadAsync(form, "file", "evil.json", Encoding.UTF8.GetBytes(content), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Frameworks.CountAsync()));
    }

    [Fact]
    public async Task HugeFrameworkFile_IsRefused_WithTheLimit()
    {
        var client = await _app.LeadAsync();
        var form = await client.GetFormAsync(Org + "/frameworks/import", index: 0);
        var huge = Encoding.UTF8.GetBytes("{\"format\":\"dss-framework\",\"x\":\"" + new string('a', 11 * 1024 * 1024) + "\"}");
        var before = await InDemoAsync(db => db.Frameworks.CountAsync());

        var response = await client.UploadAsync(form, "file", "huge.json", huge, "application/json");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("10 MB", StringComparison.Ordinal), $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 3000)]}");
        Assert.Equal(before, await InDemoAsync(db => db.Frameworks.CountAsync()));
    }

    [Fact]
    public async Task ExportedFramework_ReimportsAsTheNextVersion_WithIdenticalContent()
    {
        var client = await _app.LeadAsync();
        var original = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Origin == FrameworkOrigin.BuiltIn));
        var json = await client.GetByteArrayAsync($"{Org}/frameworks/{original.Id}?handler=Json");
        var form = await client.GetFormAsync(Org + "/frameworks/import", index: 0);

        var response = await client.UploadAsync(form, "file", "city.json", json, "application/json");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Key == original.Key && f.VersionNumber == 2));
        Assert.Equal(original.Key, copy.Key);
        Assert.Equal(original.Content, copy.Content);
    }

    [Fact]
    public async Task TranslationSheet_OnAFrozenFramework_MakesANewVersion_AndTheCampaignKeepsItsOwn()
    {
        var client = await _app.LeadAsync();
        var original = await InDemoAsync(db => db.Frameworks.SingleAsync(f => f.Origin == FrameworkOrigin.BuiltIn));
        var sheet = await client.GetByteArrayAsync($"{Org}/frameworks/{original.Id}?handler=Sheet");
        var csv = "id,fr\nquestion.lead-01.text,La Ville a-t-elle une stratégie des données ? (révisé)\n";
        var form = await client.GetFormAsync($"{Org}/frameworks/{original.Id}/translate", index: 0);

        Assert.True(sheet.Length > 1000);
        var response = await client.UploadAsync(form, "file", "fr.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = await InDemoAsync(db => db.Frameworks.Where(f => f.Key == original.Key).OrderBy(f => f.VersionNumber).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Contains("(révisé)", versions[1].Content, StringComparison.Ordinal);
        Assert.DoesNotContain("(révisé)", versions[0].Content, StringComparison.Ordinal);
        var campaignFramework = await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.FrameworkId).SingleAsync());
        Assert.Equal(versions[0].Id, campaignFramework);
    }

    private async Task<Guid> PlanInterviewAsync(HttpClient client, Guid campaign, string stakeholderEmail)
    {
        var stakeholder = await InDemoAsync(db => db.Stakeholders.Where(s => s.Email == stakeholderEmail).Select(s => s.Id).SingleAsync());
        var form = await client.GetFormAsync($"{Org}/interviews/edit?campaign={campaign}");
        var response = await client.SubmitAsync(form, new() { ["StakeholderId"] = stakeholder.ToString(), ["ScheduledAt"] = "2026-12-01T10:00" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign && r.StakeholderId == stakeholder && r.Kind == ResponseKind.Interview).Select(r => r.Id).SingleAsync());
    }

    private static async Task<Guid> NewCampaignAsync(HttpClient lead)
    {
        var form = await lead.GetFormAsync(Org + "/campaigns/edit");
        var response = await lead.SubmitAsync(form, new() { ["Name[fr]"] = "Réévaluation " + Guid.NewGuid().ToString("N")[..6], ["Name[nl]"] = "Herevaluatie", ["Status"] = "Collecting" });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Location()!.Split('/')[^1]);
    }

    [Fact]
    public async Task InterviewCapture_SavesPerTheme_ResumesWhereItStopped_AndRefusesBadLevels()
    {
        var lead = await _app.LeadAsync();
        var campaign = await NewCampaignAsync(lead);
        var facilitator = await _app.FacilitatorAsync();
        var interview = await PlanInterviewAsync(facilitator, campaign, "sophie.lambert@ville-de-demo.example");
        var url = $"{Org}/interviews/{interview}";

        var form = await facilitator.GetFormAsync(url, index: 0);
        var saved = await facilitator.SubmitAsync(form, new() { ["A[0].Level"] = "2", ["A[0].Target"] = "4", ["A[0].Evidence"] = "Stratégie 2019, jamais mise à jour.", ["A[1].Level"] = "dk", ["go"] = "next" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("theme=governance#main", saved.Location(), StringComparison.Ordinal);
        var answers = await InDemoAsync(db => db.Answers.Where(a => a.ResponseId == interview).OrderBy(a => a.QuestionId).ToListAsync());
        Assert.Equal(2, answers.Count);
        Assert.Equal((AnswerState.Level, (int?)2, (int?)4), (answers[0].State, answers[0].Level, answers[0].TargetLevel));
        Assert.Equal(AnswerState.DontKnow, answers[1].State);

        // A new session of the browser (another client) opens where the first one stopped.
        var again = await _app.FacilitatorAsync();
        var resumed = await again.GetDocumentAsync(url);
        Assert.Equal("governance", resumed.QuerySelector("form.capture input[name=Theme]")!.GetAttribute("value"));
        var first = await again.GetDocumentAsync(url + "?theme=leadership");
        Assert.True(first.QuerySelector("input[name='A[0].Level'][value='2']")!.HasAttribute("checked"));
        Assert.Contains("Stratégie 2019", first.QuerySelector("textarea[name='A[0].Evidence']")!.TextContent, StringComparison.Ordinal);

        // A forged level is refused and nothing changes.
        var bad = await facilitator.SubmitAsync(await facilitator.GetFormAsync(url + "?theme=leadership", index: 0), new() { ["A[0].Level"] = "9", ["A[1].Level"] = "3", ["go"] = "next" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("choose a level from the list", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await InDemoAsync(db => db.Answers.Where(a => a.ResponseId == interview).OrderBy(a => a.QuestionId).ToListAsync());
        Assert.Equal(AnswerState.DontKnow, after[1].State);
    }

    [Fact]
    public async Task InterviewAutosave_OneField_AndNotesAndQuotes()
    {
        var lead = await _app.LeadAsync();
        var campaign = await NewCampaignAsync(lead);
        var facilitator = await _app.FacilitatorAsync();
        var interview = await PlanInterviewAsync(facilitator, campaign, "sophie.lambert@ville-de-demo.example");
        var url = $"{Org}/interviews/{interview}";
        var token = (await facilitator.GetFormAsync(url, index: 0)).Fields.First(f => f.Key == "__RequestVerificationToken").Value;

        var ok = await facilitator.PostAsync(url + "?handler=Field", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["QuestionId"] = "eth-02", ["Level"] = "na" }));
        var bad = await facilitator.PostAsync(url + "?handler=Field", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["QuestionId"] = "'; DROP TABLE Answers;--", ["Level"] = "1" }));
        var note = await facilitator.SubmitAsync(await facilitator.GetFormAsync(url, "Note"), new() { ["NoteKind"] = "Quote", ["NoteText"] = "<script>alert('q')</script> On partage par clé USB.", ["NoteTag"] = "q:lead-02" });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        var state = await InDemoAsync(async db => (
            await db.Answers.Where(a => a.ResponseId == interview).Select(a => new { a.QuestionId, a.State }).ToListAsync(),
            await db.EvidenceNotes.Where(n => n.ResponseId == interview).SingleAsync(),
            await db.Responses.SingleAsync(r => r.Id == interview)));
        Assert.Equal("eth-02", Assert.Single(state.Item1).QuestionId);
        Assert.Equal(NoteKind.Quote, state.Item2.Kind);
        Assert.Equal("lead-02", state.Item2.QuestionId);
        Assert.Equal(ResponseStatus.InProgress, state.Item3.Status);
        var page = await facilitator.GetStringAsync(url);
        Assert.DoesNotContain("<script>alert('q')", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalSurveyLink_AnswersWithoutAccount_OneResponse_ClosedWithTheCampaign()
    {
        var lead = await _app.LeadAsync();
        var campaign = await NewCampaignAsync(lead);
        var facilitator = await _app.FacilitatorAsync();
        var sophie = await InDemoAsync(db => db.Stakeholders.Where(s => s.Email == "sophie.lambert@ville-de-demo.example").Select(s => s.Id).SingleAsync());
        var create = await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/surveys", "Personal"), new() { ["StakeholderIds"] = sophie.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var token = await InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign && r.Kind == ResponseKind.Survey).Select(r => r.Token!).SingleAsync());

        var anonymous = _app.Anonymous("fr");
        var start = await anonymous.SubmitAsync(await anonymous.GetFormAsync("/survey/" + token), new() { ["go"] = "next" });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var page = await anonymous.GetFormAsync(start.Location()!);
        var saved = await anonymous.SubmitAsync(page, new() { ["A[0].Level"] = "3", ["A[0].Evidence"] = "=HYPERLINK(\"http://evil\")", ["go"] = "next" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await InDemoAsync(db => db.Answers.CountAsync(a => a.CampaignId == campaign)));

        // The export neutralises the formula a respondent typed.
        var csv = await facilitator.GetStringAsync($"{Org}/campaigns/{campaign}/export");
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);

        // Closing the campaign closes the survey: the page says so and a post changes nothing.
        var edit = await lead.GetFormAsync($"{Org}/campaigns/edit/{campaign}");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(edit, new() { ["Status"] = "Closed" })).StatusCode);
        var closed = await anonymous.GetDocumentAsync("/survey/" + token);
        Assert.NotNull(closed.QuerySelector("[data-testid=survey-closed]"));
        var late = await anonymous.PostAsync("/survey/" + token + "?handler=Field", new FormUrlEncodedContent(new Dictionary<string, string> { ["QuestionId"] = "lead-02", ["Level"] = "5", ["__RequestVerificationToken"] = page.Fields.First(f => f.Key == "__RequestVerificationToken").Value }));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(1, await InDemoAsync(db => db.Answers.CountAsync(a => a.CampaignId == campaign)));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/survey/not-a-real-token-at-all")).StatusCode);
    }

    [Fact]
    public async Task OpenSurveyLink_EachVisitorGetsTheirOwnResumableResponse()
    {
        var lead = await _app.LeadAsync();
        var campaign = await NewCampaignAsync(lead);
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/surveys", "Open"), new() { ["Label[fr]"] = "Service des sports", ["Label[nl]"] = "Sportdienst", ["Anonymous"] = "true" });
        var token = await InDemoAsync(db => db.SurveyLinks.Where(l => l.CampaignId == campaign).Select(l => l.Token).SingleAsync());

        var a = _app.Anonymous("nl");
        var b = _app.Anonymous("fr");
        var ra = await a.SubmitAsync(await a.GetFormAsync("/survey/open/" + token), null);
        var rb = await b.SubmitAsync(await b.GetFormAsync("/survey/open/" + token), null);

        Assert.Equal(HttpStatusCode.Redirect, ra.StatusCode);
        Assert.NotEqual(ra.Location(), rb.Location());
        var responses = await InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign).ToListAsync());
        Assert.Equal(2, responses.Count);
        Assert.All(responses, r => Assert.True(r.IsAnonymous && r.RespondentName is null));
    }

    [Fact]
    public async Task AnswerImport_WideCsv_MapsLevelNamesInThreeLanguages_AndCommitsAllOrNothing()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await DemoCampaignAsync();
        var url = $"{Org}/campaigns/{campaign}/import";
        var before = await InDemoAsync(db => db.Answers.CountAsync(a => a.CampaignId == campaign));
        var csv = "Respondent;Service;lead-01: stratégie;lead-02;gov-01\nX-1;URB;Défini;3;weet niet\nX-2;IT;Managed;Gedefinieerd;n/a\nX-3;NOPE;=cmd|' /C calc'!A0;7;Bof\n";

        var mapping = await facilitator.UploadAsync(await facilitator.GetFormAsync(url, "Upload"), "file", "tool.csv", Encoding.UTF8.GetBytes(csv));
        var mappingDoc = await mapping.ParseAsync();
        var mapForm = HttpClientExtensions.FormOf(mappingDoc, url, index: 0);
        var preview = await facilitator.PostAsync(url + "?handler=Preview", new FormUrlEncodedContent(mapForm.Fields));
        var previewText = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        // An unknown department is no error any more: the mapping step asks where it goes (issue 19).
        Assert.Contains("“NOPE”", previewText, StringComparison.Ordinal);
        Assert.Contains("These values of the file match no department", previewText, StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Answers.CountAsync(a => a.CampaignId == campaign)));
        var commitRefused = await facilitator.PostAsync(url + "?handler=Commit", new FormUrlEncodedContent(mapForm.Fields));
        Assert.Equal(HttpStatusCode.OK, commitRefused.StatusCode);
        Assert.Equal(before, await InDemoAsync(db => db.Answers.CountAsync(a => a.CampaignId == campaign)));

        // Fix the file: the bad row goes; a value the tool cannot read is mapped by the user.
        var fixedCsv = "Respondent;Service;lead-01: stratégie;lead-02;gov-01\nX-1;URB;Défini;3;weet niet\nX-2;IT;Managed;Gedefinieerd;Bof\n";
        var upload = await facilitator.UploadAsync(await facilitator.GetFormAsync(url, "Upload"), "file", "tool.csv", Encoding.UTF8.GetBytes(fixedCsv));
        var form = HttpClientExtensions.FormOf(await upload.ParseAsync(), url, index: 0);
        var unknown = await facilitator.PostAsync(url + "?handler=Preview", new FormUrlEncodedContent(form.Fields));
        Assert.Contains("\"Bof\" is not a level", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var withRule = form.Fields.Concat([new("M.Values[0].From", "Bof"), new("M.Values[0].To", "na")]).ToList();
        var committed = await facilitator.PostAsync(url + "?handler=Commit", new FormUrlEncodedContent(withRule));

        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        Assert.Equal(before + 6, await InDemoAsync(db => db.Answers.CountAsync(a => a.CampaignId == campaign)));
        var imported = await InDemoAsync(db => db.Responses.Where(r => r.ExternalKey == "X-2").SingleAsync());
        var levels = await InDemoAsync(db => db.Answers.Where(a => a.ResponseId == imported.Id).OrderBy(a => a.QuestionId).Select(a => new { a.State, a.Level }).ToListAsync());
        Assert.Equal([(AnswerState.NotApplicable, (int?)null), (AnswerState.Level, 4), (AnswerState.Level, 3)], levels.Select(l => (l.State, l.Level)));
        var remembered = await InDemoAsync(db => db.Campaigns.Where(c => c.Id == campaign).Select(c => c.AnswerMapping).SingleAsync());
        Assert.Contains("Bof", remembered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.xlsx", "not a zip")]
    [InlineData("evil.exe", "MZ")]
    [InlineData("empty.csv", "")]
    public async Task AnswerImport_HostileFiles_AreRefused(string name, string content)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await DemoCampaignAsync();
        var url = $"{Org}/campaigns/{campaign}/import";
        var before = await InDemoAsync(db => db.Answers.CountAsync());

        var response = await facilitator.UploadAsync(await facilitator.GetFormAsync(url, "Upload"), "file", name, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        Assert.True(doc.QuerySelector("[data-testid=import-errors]") is not null || doc.QuerySelector(".error-summary") is not null);
        Assert.Null(doc.QuerySelector("[data-testid=mapping-form]"));
        Assert.Equal(before, await InDemoAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task Viewer_SeesAggregates_ButNoRespondent()
    {
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var campaign = await DemoCampaignAsync();

        var html = await viewer.GetStringAsync($"{Org}/campaigns/{campaign}");

        Assert.Contains("theme-table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("interview-table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sophie Lambert", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"{Org}/campaigns/{campaign}/export")).StatusCode);
        var facilitatorHtml = await (await _app.FacilitatorAsync()).GetStringAsync($"{Org}/campaigns/{campaign}");
        Assert.Contains("Sophie Lambert", facilitatorHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasingAStakeholder_KeepsTheirAnswers_Anonymised()
    {
        var lead = await _app.LeadAsync();
        var sophie = await InDemoAsync(db => db.Stakeholders.Where(s => s.Email == "sophie.lambert@ville-de-demo.example").Select(s => s.Id).SingleAsync());
        var interview = await InDemoAsync(db => db.Responses.SingleAsync(r => r.StakeholderId == sophie));
        var answers = await InDemoAsync(db => db.Answers.CountAsync(a => a.ResponseId == interview.Id));

        var response = await lead.SubmitAsync(await lead.GetFormAsync($"{Org}/stakeholders/erase/{sophie}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await InDemoAsync(db => db.Responses.SingleAsync(r => r.Id == interview.Id));
        Assert.Null(after.StakeholderId);
        Assert.True(after.IsAnonymous);
        Assert.True(answers > 20);
        Assert.Equal(answers, await InDemoAsync(db => db.Answers.CountAsync(a => a.ResponseId == interview.Id)));
        Assert.Equal(0, await InDemoAsync(db => db.EvidenceNotes.CountAsync(n => n.ResponseId == interview.Id && n.Kind == NoteKind.Note)));
        var campaignPage = await (await _app.FacilitatorAsync()).GetStringAsync($"{Org}/campaigns/{interview.CampaignId}");
        Assert.DoesNotContain("Sophie Lambert", campaignPage, StringComparison.Ordinal);
    }
}
