using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using DataStrategy.Core.Assessment;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Answer imports that cannot double (issue 17): the same file, or respondents already in the campaign, are recognised
/// before anything is written and the person chooses to skip or replace them; an import batch can be undone by a
/// facilitator, in the audit log.
/// </summary>
public sealed class AnswerImportBatchTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private const string Csv = "Respondent;Service;lead-01;lead-02;gov-01\nK-1;URB;2;3;4\nK-2;IT;1;2;3\nK-3;URB;3;3;3\n";

    /// <summary>Two of <see cref="Csv"/>'s respondents with other answers, and a new one.</summary>
    private const string OverlappingCsv = "Respondent;Service;lead-01;lead-02;gov-01\nK-2;IT;5;5;5\nK-3;URB;4;4;4\nK-4;IT;1;1;1\n";

    /// <summary>No respondent column: the respondents are row numbers, the file is recognised by its hash only.</summary>
    private const string UnkeyedCsv = "Service;lead-01;lead-02\nURB;2;3\nIT;4;4\n";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<Guid> CampaignAsync() =>
        await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());

    private async Task<T> InDemoAsync<T>(Func<AppDbContext, Task<T>> query) =>
        await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private static string Url(Guid campaign) => $"{Org}/campaigns/{campaign}/import";

    private Task<(int Responses, int Answers, int Batches)> CountsAsync(Guid campaign) => InDemoAsync(async db => (
        await db.Responses.CountAsync(r => r.CampaignId == campaign),
        await db.Answers.CountAsync(a => a.CampaignId == campaign),
        await db.AnswerImportBatches.CountAsync(b => b.CampaignId == campaign)));

    /// <summary>Uploads the file and previews it with the suggested mapping: the preview page, and the mapping form's fields.</summary>
    private static async Task<(IHtmlDocument Preview, List<KeyValuePair<string, string>> Fields)> PreviewAsync(HttpClient client, string url, string name, string csv)
    {
        var upload = await client.UploadAsync(await client.GetFormAsync(url, "Upload"), "file", name, Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var form = HttpClientExtensions.FormOf(await upload.ParseAsync(), url, index: 0);
        var preview = await client.PostAsync(url + "?handler=Preview", new FormUrlEncodedContent(form.Fields));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var doc = await preview.ParseAsync();
        Assert.NotNull(doc.QuerySelector("[data-testid=import-ready]"));
        return (doc, form.Fields);
    }

    private static Task<HttpResponseMessage> CommitAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields, string? existing = null) =>
        client.PostAsync(url + "?handler=Commit", new FormUrlEncodedContent(existing is null ? fields : [.. fields, new("Existing", existing)]));

    private static async Task ImportAsync(HttpClient client, string url, string name, string csv)
    {
        var (_, fields) = await PreviewAsync(client, url, name, csv);
        var committed = await CommitAsync(client, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
    }

    private Task<Dictionary<string, Guid>> ResponseIdsAsync(Guid campaign) =>
        InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign && r.ExternalKey != null && r.ExternalKey.StartsWith("K-"))
            .ToDictionaryAsync(r => r.ExternalKey!, r => r.Id));

    private Task<int?> LevelAsync(string key, string question) =>
        InDemoAsync(db => db.Answers.Where(a => a.QuestionId == question && db.Responses.Any(r => r.Id == a.ResponseId && r.ExternalKey == key)).Select(a => a.Level).SingleAsync());

    [Fact]
    public async Task SameFileTwice_IsRecognisedBeforeAnythingIsWritten_AndSkipChangesNothing()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var before = await CountsAsync(campaign);
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var once = await CountsAsync(campaign);
        Assert.Equal((before.Responses + 3, before.Answers + 9, before.Batches + 1), once);

        var (preview, fields) = await PreviewAsync(facilitator, url, "survey.csv", Csv);

        var found = preview.QuerySelector("[data-testid=import-existing]");
        Assert.NotNull(found);
        Assert.Contains("This file was already imported on ", found.TextContent, StringComparison.Ordinal);
        Assert.Contains(" by Thomas Peeters.", found.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 respondents of this file are already there.", found.TextContent, StringComparison.Ordinal);
        Assert.Equal(once, await CountsAsync(campaign));

        // Import without choosing: refused, nothing written.
        var refused = await CommitAsync(facilitator, url, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedDoc = await refused.ParseAsync();
        Assert.Contains("Choose whether to skip the respondents already there or to replace their answers.", refusedDoc.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refusedDoc.QuerySelector("[data-testid=import-existing]"));
        Assert.Equal(once, await CountsAsync(campaign));

        var skipped = await CommitAsync(facilitator, url, fields, "Skip");
        Assert.Equal(HttpStatusCode.Redirect, skipped.StatusCode);
        var page = await facilitator.GetStringAsync(skipped.Location());
        Assert.Contains("Every respondent of this file is already in the campaign: nothing was imported.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(once, await CountsAsync(campaign));
    }

    [Fact]
    public async Task SameFileTwice_Replace_KeepsTheCounts_AndWritesTheirAnswersAgain()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var once = await CountsAsync(campaign);
        var first = await ResponseIdsAsync(campaign);

        var (_, fields) = await PreviewAsync(facilitator, url, "survey.csv", Csv);
        var replaced = await CommitAsync(facilitator, url, fields, "Replace");

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal((once.Responses, once.Answers, once.Batches + 1), await CountsAsync(campaign));
        var second = await ResponseIdsAsync(campaign);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, kv => Assert.NotEqual(kv.Value, second[kv.Key]));
        var batch = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign).OrderByDescending(b => b.ImportedAt).FirstAsync());
        Assert.Equal((3, 0, 3, 9), (batch.Replaced, batch.Skipped, batch.Respondents, batch.Answers));
        Assert.Equal(["K-1", "K-2", "K-3"], batch.ReadRespondentKeys());
        Assert.Equal(64, batch.FileSha256.Length);
        Assert.Contains("The answers of 3 respondents already there were replaced.", WebUtility.HtmlDecode(await facilitator.GetStringAsync(replaced.Location())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameRespondentsInAnotherFile_AreRecognisedByTheirKeys_SkipImportsOnlyTheNewOne()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var once = await CountsAsync(campaign);

        var (preview, fields) = await PreviewAsync(facilitator, url, "survey-2.csv", OverlappingCsv);
        var found = preview.QuerySelector("[data-testid=import-existing]")!.TextContent;
        Assert.Contains("2 respondents of this file are already there.", found, StringComparison.Ordinal);
        Assert.DoesNotContain("This file was already imported", found, StringComparison.Ordinal);

        var skipped = await CommitAsync(facilitator, url, fields, "Skip");

        Assert.Equal(HttpStatusCode.Redirect, skipped.StatusCode);
        Assert.Equal((once.Responses + 1, once.Answers + 3, once.Batches + 1), await CountsAsync(campaign));
        Assert.Equal(1, await LevelAsync("K-2", "lead-01"));
        Assert.Equal(1, await LevelAsync("K-4", "lead-01"));
        var batch = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign).OrderByDescending(b => b.ImportedAt).FirstAsync());
        Assert.Equal((0, 2, 1), (batch.Replaced, batch.Skipped, batch.Respondents));
        Assert.Equal(["K-4"], batch.ReadRespondentKeys());
    }

    [Fact]
    public async Task SameRespondentsInAnotherFile_Replace_ReplacesTheirAnswers_AndAddsTheNewOne()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var once = await CountsAsync(campaign);

        var (_, fields) = await PreviewAsync(facilitator, url, "survey-2.csv", OverlappingCsv);
        var replaced = await CommitAsync(facilitator, url, fields, "Replace");

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal((once.Responses + 1, once.Answers + 3, once.Batches + 1), await CountsAsync(campaign));
        Assert.Equal((2, 5, 4, 1), (await LevelAsync("K-1", "lead-01"), await LevelAsync("K-2", "lead-01"), await LevelAsync("K-3", "lead-01"), await LevelAsync("K-4", "lead-01")));
    }

    [Fact]
    public async Task FileWithoutRespondentColumn_ImportedTwice_IsRecognisedByItsHash()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        await ImportAsync(facilitator, url, "anonymous.csv", UnkeyedCsv);
        var once = await CountsAsync(campaign);
        var first = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign).OrderByDescending(b => b.ImportedAt).FirstAsync());
        Assert.Equal((2, 0), await InDemoAsync(async db => (await db.Responses.CountAsync(r => r.ImportBatchId == first.Id), await db.Responses.CountAsync(r => r.ImportBatchId == first.Id && r.ExternalKey != null))));
        Assert.Empty(first.ReadRespondentKeys());

        var (preview, fields) = await PreviewAsync(facilitator, url, "anonymous-copy.csv", UnkeyedCsv);
        var found = preview.QuerySelector("[data-testid=import-existing]")!.TextContent;
        Assert.Contains("This file was already imported on ", found, StringComparison.Ordinal);
        Assert.Contains("2 respondents of this file are already there.", found, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await CommitAsync(facilitator, url, fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(facilitator, url, fields, "Skip")).StatusCode);
        Assert.Equal(once, await CountsAsync(campaign));

        (_, fields) = await PreviewAsync(facilitator, url, "anonymous-copy.csv", UnkeyedCsv);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(facilitator, url, fields, "Replace")).StatusCode);
        Assert.Equal((once.Responses, once.Answers, once.Batches + 1), await CountsAsync(campaign));
    }

    private static HtmlForm UndoForm(IHtmlDocument doc, string url, Guid batchId)
    {
        var forms = doc.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Where(f => (f.GetAttribute("action") ?? string.Empty).Contains("handler=Undo", StringComparison.Ordinal)).ToList();
        var index = forms.FindIndex(f => f.QuerySelector($"input[name=batchId][value='{batchId}']") is not null);
        Assert.True(index >= 0, "no undo button for the batch");
        return HttpClientExtensions.FormOf(doc, url, "Undo", index);
    }

    [Fact]
    public async Task Undo_RemovesExactlyTheResponsesOfTheBatch_AndIsInTheAuditLog()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var before = await CountsAsync(campaign);
        var demoImported = await InDemoAsync(db => db.Responses.CountAsync(r => r.CampaignId == campaign && r.Kind == ResponseKind.Imported));
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var batch = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign).OrderByDescending(b => b.ImportedAt).FirstAsync());

        var undo = await facilitator.SubmitAsync(UndoForm(await facilitator.GetDocumentAsync(url), url, batch.Id));

        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        Assert.Equal((before.Responses, before.Answers, before.Batches + 1), await CountsAsync(campaign));
        Assert.Equal(demoImported, await InDemoAsync(db => db.Responses.CountAsync(r => r.CampaignId == campaign && r.Kind == ResponseKind.Imported)));
        var undone = await InDemoAsync(db => db.AnswerImportBatches.SingleAsync(b => b.Id == batch.Id));
        Assert.NotNull(undone.UndoneAt);
        Assert.Equal(DemoSeeder.FacilitatorEmail, undone.UndoneByName);
        var facilitatorId = await _app.DbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.FacilitatorEmail).Select(u => u.Id).SingleAsync());
        var audit = await InDemoAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Undone && a.EntityId == batch.Id.ToString()));
        Assert.Equal((facilitatorId, nameof(AnswerImportBatch)), (audit.UserId, audit.EntityType));
        Assert.Contains("\"respondents\":3", audit.Changes, StringComparison.Ordinal);
        Assert.Contains("\"answers\":9", audit.Changes, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await facilitator.GetStringAsync(undo.Location()));
        Assert.Contains("The import of survey.csv was undone: 3 respondents and their answers were removed.", page, StringComparison.Ordinal);
        Assert.Contains("Undone on ", page, StringComparison.Ordinal);
        var auditPage = WebUtility.HtmlDecode(await (await _app.LeadAsync()).GetStringAsync($"{Org}/audit"));
        Assert.Contains(nameof(AnswerImportBatch), auditPage, StringComparison.Ordinal);

        // The same file can be imported again once its batch is undone; undoing twice is refused.
        var (preview, _) = await PreviewAsync(facilitator, url, "survey.csv", Csv);
        Assert.Null(preview.QuerySelector("[data-testid=import-existing]"));
        var again = await facilitator.PostAsync(url + "?handler=Undo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["batchId"] = batch.Id.ToString(),
            ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(facilitator),
        }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This import was already undone.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal((before.Responses, before.Answers, before.Batches + 1), await CountsAsync(campaign));
    }

    [Fact]
    public async Task Undo_OfABatchThatReplacedRespondents_RemovesThem_TheirEarlierAnswersDoNotComeBack()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        var before = await CountsAsync(campaign);
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var (_, fields) = await PreviewAsync(facilitator, url, "survey-2.csv", OverlappingCsv);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitAsync(facilitator, url, fields, "Replace")).StatusCode);
        var second = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign).OrderByDescending(b => b.ImportedAt).FirstAsync());

        var undo = await facilitator.SubmitAsync(UndoForm(await facilitator.GetDocumentAsync(url), url, second.Id));

        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        Assert.Equal(["K-1"], (await ResponseIdsAsync(campaign)).Keys);
        var after = await CountsAsync(campaign);
        Assert.Equal((before.Responses + 1, before.Answers + 3), (after.Responses, after.Answers));
    }

    [Theory]
    [InlineData(DemoSeeder.ContributorEmail)]
    [InlineData(DemoSeeder.ViewerEmail)]
    public async Task Undo_ContributorsAndViewers_AreRefused(string email)
    {
        var campaign = await CampaignAsync();
        await ImportAsync(await _app.FacilitatorAsync(), Url(campaign), "survey.csv", Csv);
        var batch = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign).OrderByDescending(b => b.ImportedAt).FirstAsync());
        var before = await CountsAsync(campaign);
        var client = await _app.SignInAsync(email);

        var response = await client.PostAsync(Url(campaign) + "?handler=Undo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["batchId"] = batch.Id.ToString(),
            ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(client),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountsAsync(campaign));
        Assert.Null((await InDemoAsync(db => db.AnswerImportBatches.SingleAsync(b => b.Id == batch.Id))).UndoneAt);
    }

    [Fact]
    public async Task Undo_AcrossOrganisations_AnswersNotFound_AndChangesNothing()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var campaign = await CampaignAsync();
        await ImportAsync(await _app.FacilitatorAsync(), Url(campaign), "survey.csv", Csv);
        var demoBatch = await InDemoAsync(db => db.AnswerImportBatches.Where(x => x.CampaignId == campaign).OrderByDescending(x => x.ImportedAt).FirstAsync());
        // A batch of organisation B, with the response it created.
        var bBatch = new AnswerImportBatch { OrganisationId = b.Id, CampaignId = b.CampaignId, FileName = "b.csv", FileSha256 = new string('b', 64), Respondents = 1 };
        var bResponse = new CampaignResponse { OrganisationId = b.Id, CampaignId = b.CampaignId, Kind = ResponseKind.Imported, Status = ResponseStatus.Completed, ExternalKey = "B-1", ImportBatchId = bBatch.Id };
        await _app.DbAsync(async db =>
        {
            db.AnswerImportBatches.Add(bBatch);
            await db.SaveChangesAsync();
            db.Responses.Add(bResponse);
            return await db.SaveChangesAsync();
        }, b.Id);
        var before = await CountsAsync(campaign);

        async Task<HttpStatusCode> UndoAsync(HttpClient client, string slug, Guid campaignId, Guid batchId) =>
            (await client.PostAsync($"/o/{slug}/campaigns/{campaignId}/import?handler=Undo", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["batchId"] = batchId.ToString(),
                ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(client),
            }))).StatusCode;

        var facilitator = await _app.FacilitatorAsync();
        var adminOfB = await _app.SignInAsync(b.AdminEmail, SecondOrganisation.Password);

        Assert.Equal(HttpStatusCode.NotFound, await UndoAsync(facilitator, "stad-b", b.CampaignId, bBatch.Id));
        Assert.Equal(HttpStatusCode.NotFound, await UndoAsync(facilitator, DemoSeeder.Slug, campaign, bBatch.Id));
        Assert.Equal(HttpStatusCode.NotFound, await UndoAsync(adminOfB, DemoSeeder.Slug, campaign, demoBatch.Id));
        Assert.Equal(HttpStatusCode.NotFound, await UndoAsync(adminOfB, "stad-b", b.CampaignId, demoBatch.Id));
        Assert.Equal(before, await CountsAsync(campaign));
        Assert.True(await _app.DbAsync(db => db.Responses.AnyAsync(r => r.Id == bResponse.Id), b.Id));
        Assert.Null((await InDemoAsync(db => db.AnswerImportBatches.SingleAsync(x => x.Id == demoBatch.Id))).UndoneAt);
        Assert.Null((await _app.DbAsync(db => db.AnswerImportBatches.SingleAsync(x => x.Id == bBatch.Id), b.Id)).UndoneAt);
    }

    [Theory]
    [InlineData("Refuse")]
    [InlineData("99")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("")]
    [InlineData("Skip,Replace")]
    public async Task HostileChoice_IsNoChoice_AndNothingIsWritten(string existing)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);
        await ImportAsync(facilitator, url, "survey.csv", Csv);
        var once = await CountsAsync(campaign);
        var (_, fields) = await PreviewAsync(facilitator, url, "survey.csv", Csv);

        var response = await CommitAsync(facilitator, url, fields, existing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.NotNull((await response.ParseAsync()).QuerySelector("[data-testid=import-existing]"));
        Assert.Equal(once, await CountsAsync(campaign));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("'; DROP TABLE \"Responses\"; --")]
    public async Task HostileBatchId_IsNotFound(string batchId)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var before = await CountsAsync(campaign);

        var response = await facilitator.PostAsync(Url(campaign) + "?handler=Undo", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["batchId"] = batchId,
            ["__RequestVerificationToken"] = await AuthorizationTests.AntiforgeryTokenAsync(facilitator),
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await CountsAsync(campaign));
    }

    [Fact]
    public async Task HostileFileName_IsShownAsText_InTheListOfImports()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await CampaignAsync();
        var url = Url(campaign);

        await ImportAsync(facilitator, url, "<img src=x onerror=alert(1)>.csv", Csv);

        var html = await facilitator.GetStringAsync(url);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var doc = await facilitator.GetDocumentAsync(url);
        Assert.Contains("<img src=x onerror=alert(1)>.csv", doc.QuerySelector("[data-testid=import-batches]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExistingRespondents.Refuse)]
    [InlineData(ExistingRespondents.Skip)]
    [InlineData(ExistingRespondents.Replace)]
    public async Task SameFileCommittedBy16ClientsAtOnce_IsImportedOnce_WithoutAnError(ExistingRespondents existing)
    {
        var organisation = await _app.DemoOrganisationIdAsync();
        var campaign = await CampaignAsync();
        var before = await CountsAsync(campaign);
        var content = Encoding.UTF8.GetBytes(Csv);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetOrganisation(organisation);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.Campaigns.Include(c => c.Framework).SingleAsync(c => c.Id == campaign);
            var definition = FrameworkLibrary.Definition(row.Framework!);
            var data = AnswerImport.Read("survey.csv", content);
            var mapping = AnswerMapping.Suggest(data.Header, definition);
            var result = AnswerImport.Parse(data, definition, mapping, await DepartmentLookup.LoadAsync(db));
            Assert.True(result.IsValid);
            return (await AnswerImportCommit.CommitAsync(db, row, result, mapping, new AnswerImportSource("survey.csv", AnswerImport.Sha256(content), null, "client " + i), existing)).Status;
        }));

        var after = await CountsAsync(campaign);
        Assert.Equal((before.Responses + 3, before.Answers + 9), (after.Responses, after.Answers));
        Assert.Equal(3, (await ResponseIdsAsync(campaign)).Count);
        Assert.Equal(after.Batches - before.Batches, outcomes.Count(o => o == AnswerImportStatus.Imported));
        Assert.Contains(AnswerImportStatus.Imported, outcomes);
        if (existing != ExistingRespondents.Replace)
        {
            Assert.Equal(1, outcomes.Count(o => o == AnswerImportStatus.Imported));
        }

        var live = await InDemoAsync(db => db.AnswerImportBatches.Where(b => b.CampaignId == campaign && b.UserName.StartsWith("client ")).Select(b => b.Id).ToListAsync());
        Assert.Equal(3, await InDemoAsync(db => db.Responses.CountAsync(r => r.ImportBatchId != null && live.Contains(r.ImportBatchId.Value))));
    }
}
