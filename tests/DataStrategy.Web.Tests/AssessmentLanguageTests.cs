using System.Net;
using System.Text.Json.Nodes;
using DataStrategy.Cli;
using DataStrategy.Core.Text;
using DataStrategy.Data;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Issue 18 on the assessment side: campaign names, open-link labels and workshop titles in each of the organisation's
/// languages; notes, quotes, answer comments and workshop comments kept in the language they were written in, recorded.
/// </summary>
public sealed class AssessmentLanguageTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private readonly DssApp _app = new();
    private readonly CliDatabases _databases = new();

    public void Dispose()
    {
        _app.Dispose();
        _databases.Dispose();
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    [Fact]
    public async Task CampaignEdit_NameInEachLanguage_IsSaved_AndAScriptInItIsShownAsText()
    {
        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");
        var form = await lead.GetFormAsync(Org + "/campaigns/edit");
        Assert.Contains(form.Fields, f => f.Key == "Name[fr]");
        Assert.Contains(form.Fields, f => f.Key == "Name[nl]");

        var created = await lead.SubmitAsync(form, new() { ["Name[fr]"] = "<script>alert('fr')</script> Évaluation 2027", ["Name[nl]"] = "Meting <b>2027</b>", ["Status"] = "Collecting" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Location()!.Split('/')[^1]);
        var name = await _app.InDemoAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).SingleAsync());
        Assert.Equal(LocalizedText.Of(fr: "<script>alert('fr')</script> Évaluation 2027", nl: "Meting <b>2027</b>"), name);
        var html = await lead.GetStringAsync(Org + "/campaigns");
        Assert.DoesNotContain("<script>alert('fr')", html, StringComparison.Ordinal);
        var page = await lead.GetDocumentAsync(Org + "/campaigns");
        Assert.Contains(page.QuerySelectorAll("[data-testid=campaign-table] a"), a => a.TextContent == "<script>alert('fr')</script> Évaluation 2027");
        var dutch = await (await _app.SignInAsync(DemoSeeder.LeadEmail, language: "nl")).GetDocumentAsync(Org + "/campaigns/" + id);
        Assert.Equal("Meting <b>2027</b>", dutch.QuerySelector("h1")!.TextContent);
        Assert.Null(dutch.QuerySelector("h1 b"));
    }

    [Theory]
    [InlineData("Name[nl]", "", "Enter the name in Dutch.")]
    [InlineData("Name[fr]", "   ", "Enter the name in French.")]
    [InlineData("Name[en]", "201", "Name in English must be at most 200 characters long.")]
    [InlineData("Name[nl]", "201", "Name in Dutch must be at most 200 characters long.")]
    public async Task CampaignEdit_NameMissingOrTooLongInOneLanguage_IsRefusedNextToThatLanguage_AndCreatesNothing(string field, string value, string message)
    {
        var lead = await _app.LeadAsync();
        var before = await _app.InDemoAsync(db => db.Campaigns.CountAsync());
        var values = new Dictionary<string, string> { ["Name[fr]"] = "Réévaluation", ["Name[nl]"] = "Herevaluatie", ["Status"] = "Collecting" };
        values[field] = value == "201" ? "<script>" + new string('x', 193) : value;

        var response = await lead.SubmitAsync(await lead.GetFormAsync(Org + "/campaigns/edit"), values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        var page = await response.ParseAsync();
        var input = page.QuerySelector($"input[name='{field}']")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal(field[5..7], input.GetAttribute("lang"));
        Assert.Equal(before, await _app.InDemoAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task CampaignNamedOnlyInDutch_OnAFrenchPage_IsMarkedDutch_WithTheFallbackMark()
    {
        var id = await _app.InDemoAsync(async db =>
        {
            var framework = await db.Frameworks.Select(f => f.Id).FirstAsync();
            var campaign = new Campaign { Name = LocalizedText.Of(nl: "Alleen in het Nederlands"), FrameworkId = framework };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");

        var list = await lead.GetDocumentAsync(Org + "/campaigns");
        var view = await lead.GetDocumentAsync(Org + "/campaigns/" + id);

        var link = list.QuerySelectorAll("[data-testid=campaign-table] a").Single(a => a.TextContent.Contains("Alleen in het Nederlands", StringComparison.Ordinal));
        Assert.Equal("Alleen in het Nederlands", link.QuerySelector("span[lang=nl]")!.TextContent);
        Assert.NotNull(link.QuerySelector(".lang-fallback"));
        Assert.Equal("Alleen in het Nederlands", view.QuerySelector("h1 span[lang=nl]")!.TextContent);
        Assert.Contains("Pas encore traduit", view.QuerySelector("h1 .lang-fallback")!.TextContent, StringComparison.Ordinal);
        // The French names of the demo campaigns need no mark on a French page.
        var french = list.QuerySelectorAll("[data-testid=campaign-table] a").Single(a => a.TextContent == DemoAssessment.CampaignNameFr);
        Assert.Null(french.QuerySelector("[lang]"));
    }

    [Theory]
    [InlineData("", "Give the link a label in Dutch.")]
    [InlineData("201", "Label in Dutch must be at most 200 characters long.")]
    public async Task OpenLink_LabelMissingOrTooLongInDutch_IsRefused(string dutch, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await _app.DemoCampaignAsync();
        var before = await _app.InDemoAsync(db => db.SurveyLinks.CountAsync());

        var response = await facilitator.SubmitAsync(
            await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/surveys", "Open"),
            new() { ["Label[fr]"] = "Tous", ["Label[nl]"] = dutch == "201" ? new string('y', 201) : dutch });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await _app.InDemoAsync(db => db.SurveyLinks.CountAsync()));
    }

    [Fact]
    public async Task OpenLink_LabelInEachLanguage_IsSaved_AndShownInTheReadersLanguage()
    {
        var facilitator = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "nl");
        var campaign = await _app.DemoCampaignAsync();

        var response = await facilitator.SubmitAsync(
            await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/surveys", "Open"),
            new() { ["Label[fr]"] = "Service des sports <i>", ["Label[nl]"] = "Sportdienst <i>" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LocalizedText.Of(fr: "Service des sports <i>", nl: "Sportdienst <i>"), await _app.InDemoAsync(db => db.SurveyLinks.Where(l => l.IsActive).Select(l => l.Label).SingleAsync()));
        var page = await facilitator.GetDocumentAsync($"{Org}/campaigns/{campaign}/surveys");
        var cells = page.QuerySelectorAll("[data-testid=open-links] td").Select(td => td.TextContent).ToList();
        Assert.Contains("Sportdienst <i>", cells);
        Assert.Contains("Personeel van de diensten", cells);
    }

    [Theory]
    [InlineData("Title[nl]", "", "Enter the title in Dutch.")]
    [InlineData("Title[fr]", "201", "Title in French must be at most 200 characters long.")]
    public async Task Workshop_TitleMissingOrTooLongInOneLanguage_IsRefused(string field, string value, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await _app.DemoCampaignAsync();
        var before = await _app.InDemoAsync(db => db.Workshops.CountAsync());
        var form = await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/workshops");
        // The form offers a title in each of the organisation's languages, ready to use.
        Assert.Equal("Atelier sur les constats", form.Fields.Single(f => f.Key == "Title[fr]").Value);
        Assert.Equal("Workshop over de bevindingen", form.Fields.Single(f => f.Key == "Title[nl]").Value);
        Assert.Equal("Findings workshop", form.Fields.Single(f => f.Key == "Title[en]").Value);

        var response = await facilitator.SubmitAsync(form, new() { [field] = value == "201" ? "<script>alert(1)</script>" + new string('z', 176) : value });

        var errors = await ErrorsAsync(response);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _app.InDemoAsync(db => db.Workshops.CountAsync()));
    }

    [Fact]
    public async Task DemoWorkshop_OnADutchPhoneAndAFrenchPresenter_ShowsItsTitleInEachLanguage()
    {
        var phone = _app.Anonymous("nl");

        var page = await phone.GetDocumentAsync("/w/" + DemoAnalysis.WorkshopCode);

        Assert.Equal("Terugkoppelingsworkshop", page.QuerySelector("h1")!.TextContent.Trim());
        var workshop = await _app.InDemoAsync(db => db.Workshops.Where(w => w.Code == DemoAnalysis.WorkshopCode).Select(w => w.Id).SingleAsync());
        var facilitator = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var present = await facilitator.GetDocumentAsync($"{Org}/workshops/{workshop}/present");
        Assert.Equal("Atelier de restitution", present.QuerySelector(".present-title")!.TextContent);
    }

    private async Task<Guid> DemoInterviewAsync()
    {
        var campaign = await _app.DemoCampaignAsync();
        return await _app.InDemoAsync(db => db.Responses.Where(r => r.Kind == ResponseKind.Interview && r.CampaignId == campaign).OrderBy(r => r.CreatedAt).Select(r => r.Id).FirstAsync());
    }

    [Fact]
    public async Task InterviewNote_RecordedInDutch_IsWrappedInLangNl_OnAFrenchPage_AndANoteWithoutChoiceTakesTheInterfaceLanguage()
    {
        var interview = await DemoInterviewAsync();
        var facilitator = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var form = await facilitator.GetFormAsync($"{Org}/interviews/{interview}", "Note");
        Assert.Equal("fr", form.Fields.Single(f => f.Key == "NoteLanguage").Value);

        var dutch = await facilitator.SubmitAsync(form, new() { ["NoteKind"] = "Quote", ["NoteLanguage"] = "nl", ["NoteText"] = "Dat klopt niet <em>helemaal</em>." });
        var plain = await facilitator.SubmitAsync(form, new() { ["NoteKind"] = "Note", ["NoteLanguage"] = "", ["NoteText"] = "Note prise en français." });

        Assert.Equal(HttpStatusCode.Redirect, dutch.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
        var notes = await _app.InDemoAsync(db => db.EvidenceNotes.Where(n => n.ResponseId == interview).ToDictionaryAsync(n => n.Text, n => n.Language));
        Assert.Equal("nl", notes["Dat klopt niet <em>helemaal</em>."]);
        Assert.Equal("fr", notes["Note prise en français."]);
        var page = await facilitator.GetDocumentAsync($"{Org}/interviews/{interview}");
        var quote = page.QuerySelectorAll(".notes blockquote span[lang=nl]").Select(s => s.TextContent).ToList();
        Assert.Contains("Dat klopt niet <em>helemaal</em>.", quote);
        Assert.Contains(page.QuerySelectorAll(".notes p"), p => p.TextContent == "Note prise en français." && p.QuerySelector("[lang]") is null);
        Assert.Null(page.QuerySelector(".notes em"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("nl-BE-extra-long-code")]
    public async Task InterviewNote_LanguageNotOfTheOrganisation_IsRefused_AndNothingIsAdded(string language)
    {
        var interview = await DemoInterviewAsync();
        var facilitator = await _app.FacilitatorAsync();
        var before = await _app.InDemoAsync(db => db.EvidenceNotes.CountAsync());

        var response = await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{Org}/interviews/{interview}", "Note"), new() { ["NoteKind"] = "Note", ["NoteLanguage"] = language, ["NoteText"] = "Texte" });

        Assert.Contains("Choose the note's language from the list.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _app.InDemoAsync(db => db.EvidenceNotes.CountAsync()));
    }

    [Fact]
    public async Task AnswerEvidence_TypedInDutch_IsRecordedInDutch_AndMarkedOnAFrenchFindingsPage()
    {
        var interview = await DemoInterviewAsync();
        var dutch = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "nl");
        var form = await dutch.GetFormAsync($"{Org}/interviews/{interview}?theme=leadership");
        var question = form.Fields.First(f => f.Key == "A[0].QuestionId").Value;

        var saved = await dutch.SubmitAsync(form, new() { ["A[0].Level"] = "2", ["A[0].Evidence"] = "Geen budget voor data.", ["go"] = "stay" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var answer = await _app.InDemoAsync(db => db.Answers.SingleAsync(a => a.ResponseId == interview && a.QuestionId == question));
        Assert.Equal(("Geen budget voor data.", "nl"), (answer.Evidence, answer.EvidenceLanguage));
        var french = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var finding = await _app.InDemoAsync(db => db.Findings.OrderBy(f => f.Position).Select(f => f.Id).FirstAsync());
        var edit = await french.GetDocumentAsync($"{Org}/findings/edit/{finding}");
        Assert.Contains(edit.QuerySelectorAll("label.choice span[lang=nl]"), s => s.TextContent == "Geen budget voor data.");
    }

    [Fact]
    public async Task Demo_QuotesNotesAndCommentsAreEachInOneLanguage_RecordedAsSuch_AndNamesAreSplit()
    {
        var (notes, answers, comments, names) = await _app.InDemoAsync(async db => (
            await db.EvidenceNotes.Select(n => new { n.Text, n.Language, n.ResponseId }).ToListAsync(),
            await db.Answers.Where(a => a.Evidence != null).Select(a => new { a.Evidence, a.EvidenceLanguage }).ToListAsync(),
            await db.WorkshopComments.Select(c => new { c.Text, c.Language }).ToListAsync(),
            (await db.Campaigns.Select(c => c.Name).ToListAsync()).Concat(await db.SurveyLinks.Select(l => l.Label).ToListAsync()).Concat(await db.Workshops.Select(w => w.Title).ToListAsync()).ToList()));

        Assert.Equal(40, notes.Count);
        Assert.All(notes, n => Assert.Contains(n.Language, new[] { "fr", "nl" }));
        Assert.Contains(notes, n => n.Language == "nl");
        Assert.Contains(notes, n => n.Language == "fr");
        Assert.Contains(notes, n => n.Text == "Une même rue existe sous trois orthographes dans nos dossiers de permis." && n.Language == "fr");
        Assert.Contains(notes, n => n.Text == "We hebben veel data, maar niemand weet wie er eigenaar van is." && n.Language == "nl");
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Contains(a.EvidenceLanguage, new[] { "fr", "nl" }));
        Assert.Equal(new[] { "fr", "fr", "nl" }, comments.Select(c => c.Language!).Order(StringComparer.Ordinal));
        Assert.All(notes.Select(n => n.Text).Concat(comments.Select(c => c.Text)), t => Assert.DoesNotContain(" / ", t, StringComparison.Ordinal));
        Assert.All(names, n =>
        {
            Assert.True(n.Has("fr") && n.Has("nl"), n.ToJson());
            Assert.All(n.Values.Values, v => Assert.DoesNotContain(" / ", v, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Cli_FindsACampaignByItsNameInAnyLanguage()
    {
        await using var services = _databases.Create(TestData.Demo);

        var results = new List<string>();
        foreach (var name in new[] { DemoAssessment.CampaignNameFr, DemoAssessment.CampaignNameNl, DemoAssessment.CampaignName, "Évaluation de référence 2026 / Nulmeting 2026" })
        {
            results.Add(await CliDatabases.InScopeAsync(services, async (sp, db) =>
            {
                using var error = new StringWriter();
                await Commands.UndoImportAsync(sp, db, DemoSeeder.Slug, name, Guid.Empty, TextWriter.Null, error);
                return error.ToString();
            }));
        }

        Assert.All(results.Take(3), e => Assert.StartsWith("There is no import " + Guid.Empty, e, StringComparison.Ordinal));
        Assert.DoesNotContain("There is no import", results[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_WrittenWhenNamesWerePlainStrings_RestoresThemInTheDefaultLanguage()
    {
        await using var source = _databases.Create(TestData.Demo);
        await using var target = _databases.Create();
        var json = await CliDatabases.InScopeAsync(source, async (_, db) => (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson());
        // As the file was before: one string per campaign name, open-link label and workshop title.
        var file = JsonNode.Parse(json)!.AsObject();
        foreach (var (list, field, text) in new[] { ("campaigns", "name", "Ancienne campagne"), ("surveyLinks", "label", "Ancien lien"), ("workshops", "title", "Ancien atelier") })
        {
            foreach (var row in file[list]!.AsArray())
            {
                row![field] = text;
            }
        }

        var restored = await CliDatabases.InScopeAsync(target, async (sp, db) =>
        {
            await OrganisationBackup.FromJson(file.ToJsonString()).ImportAsync(db);
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            sp.GetRequiredService<TenantContext>().SetOrganisation(org.Id);
            return (
                org.DefaultLanguage,
                await db.Campaigns.Select(c => c.Name).ToListAsync(),
                await db.SurveyLinks.Select(l => l.Label).SingleAsync(),
                await db.Workshops.Select(w => w.Title).SingleAsync());
        });

        Assert.Equal("fr", restored.DefaultLanguage);
        Assert.All(restored.Item2, n => Assert.Equal(LocalizedText.Of(fr: "Ancienne campagne"), n));
        Assert.Equal(2, restored.Item2.Count);
        Assert.Equal(LocalizedText.Of(fr: "Ancien lien"), restored.Item3);
        Assert.Equal(LocalizedText.Of(fr: "Ancien atelier"), restored.Item4);
    }

    [Fact]
    public async Task Migration_TakesAnExistingPlainNameAsWrittenInTheDefaultLanguage_AndTheWayBackKeepsIt()
    {
        await using var services = _databases.Create(TestData.Demo);

        var (down, up, notes) = await CliDatabases.InScopeAsync(services, async (_, db) =>
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            var mine = all.FindIndex(m => m.EndsWith("_AssessmentTextsPerLanguage", StringComparison.Ordinal));
            Assert.True(mine > 0, string.Join(", ", all));
            await migrator.MigrateAsync(all[mine - 1]);
            // The database as it was before: plain names (the way down kept the default language's), one of them changed, one blank.
            var before = await db.Database.SqlQueryRaw<string>("SELECT \"Name\" AS \"Value\" FROM \"Campaigns\" ORDER BY \"CreatedAt\"").ToListAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Campaigns\" SET \"Name\" = ' Campagne d''avant ' WHERE \"CreatedAt\" = (SELECT MAX(\"CreatedAt\") FROM \"Campaigns\")");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Campaigns\" SET \"Name\" = '' WHERE \"CreatedAt\" = (SELECT MIN(\"CreatedAt\") FROM \"Campaigns\")");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Workshops\" SET \"Title\" = 'Atelier d''avant'");

            await migrator.MigrateAsync();

            var after = await db.Campaigns.IgnoreQueryFilters().OrderBy(c => c.CreatedAt).Select(c => c.Name).ToListAsync();
            after.Add(await db.Workshops.IgnoreQueryFilters().Select(w => w.Title).SingleAsync());
            after.Add(await db.SurveyLinks.IgnoreQueryFilters().Select(l => l.Label).SingleAsync());
            var languages = await db.EvidenceNotes.IgnoreQueryFilters().Select(n => n.Language).Distinct().ToListAsync();
            return (before, after, languages);
        });

        Assert.Equal(new[] { DemoAnalysis.EarlierCampaignNameFr, DemoAssessment.CampaignNameFr }, down);
        Assert.Equal(new LocalizedText(), up[0]);
        Assert.Equal(LocalizedText.Of(fr: "Campagne d'avant"), up[1]);
        Assert.Equal(LocalizedText.Of(fr: "Atelier d'avant"), up[2]);
        Assert.Equal(LocalizedText.Of(fr: "Personnel des services"), up[3]);
        // Notes written before the language was recorded have none: shown without a language mark.
        Assert.Equal(new string?[] { null }, notes);
    }
}
