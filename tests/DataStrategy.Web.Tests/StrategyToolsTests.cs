using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>The strategy tools through the real pages: RACI matrix, translations, the organisation's own priorities, traceability.</summary>
public sealed class StrategyToolsTests : IDisposable, IAsyncLifetime
{
    private const string RaciUrl = DemoOrg + "/strategy/raci";
    private const string RaciEditUrl = DemoOrg + "/strategy/raci/edit";
    private const string TranslationsUrl = DemoOrg + "/strategy/translations";
    private const string CityUrl = DemoOrg + "/strategy/city-priorities";
    private const string TraceUrl = DemoOrg + "/strategy/traceability";
    private const string StaleMessage = "Someone else changed this record while you were editing it.";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    public Task InitializeAsync() => _app.ClearDemoStrategyAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Adds items to the demo organisation's working draft, positions in the order given.</summary>
    private async Task<List<StrategyItem>> AddItemsAsync(params StrategyItem[] items)
    {
        await _app.InDemoAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            var strategy = await StrategyWorkspace.EnsureAsync(db, organisation);
            var position = 0;
            foreach (var item in items)
            {
                item.StrategyId = strategy.Id;
                item.Position = ++position;
                db.StrategyItems.Add(item);
            }

            return await db.SaveChangesAsync();
        });
        return [.. items];
    }

    private static StrategyItem Item(StrategyItemKind kind, LocalizedText title, params StrategyLink[] links) => new() { Kind = kind, Title = title, Links = [.. links] };

    private static StrategyItem Item(StrategyItemKind kind, string englishTitle) => Item(kind, LocalizedText.Of(en: englishTitle));

    private Task<int> SetLettersAsync(params (Guid Activity, Guid Role, RaciLetter Letter)[] cells) =>
        _app.InDemoAsync(db =>
        {
            db.RaciAssignments.AddRange(cells.Select(c => new RaciAssignment { ActivityId = c.Activity, RoleId = c.Role, Letter = c.Letter }));
            return db.SaveChangesAsync();
        });

    private Task<List<RaciAssignment>> LettersAsync() => _app.InDemoAsync(db => db.RaciAssignments.AsNoTracking().ToListAsync());

    private Task<StrategyItem> ReloadAsync(Guid id) => _app.InDemoAsync(db => db.StrategyItems.AsNoTracking().SingleAsync(i => i.Id == id));

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    private static string Cell(Guid activity, Guid role) => $"Cells[{activity}][{role}]";

    private static string RowText(IHtmlDocument doc, Guid activity) =>
        doc.QuerySelector($"[data-testid=raci-matrix] tr[data-activity='{activity}']")?.TextContent ?? "(no row)";

    // ---- RACI ----
    [Fact]
    public async Task RaciEdit_Save_StoresTheLetters_AndTheMatrixShowsThem()
    {
        var (activity, owner, steward) = await RaciDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl);

        var response = await facilitator.SubmitAsync(form, new() { [Cell(activity, owner)] = "A", [Cell(activity, steward)] = "R" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var letters = await LettersAsync();
        Assert.Equal(2, letters.Count);
        Assert.Contains(letters, l => l.ActivityId == activity && l.RoleId == owner && l.Letter == RaciLetter.A);
        Assert.Contains(letters, l => l.ActivityId == activity && l.RoleId == steward && l.Letter == RaciLetter.R);
        var page = await facilitator.GetDocumentAsync(RaciUrl);
        var cells = page.QuerySelectorAll($"tr[data-activity='{activity}'] td.raci-cell").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["A", "R"], cells);
        Assert.DoesNotContain("No one", RowText(page, activity), StringComparison.Ordinal);
        var edit = await facilitator.GetDocumentAsync(RaciEditUrl);
        Assert.Equal("A", ((IHtmlSelectElement)edit.QuerySelector($"select[name='{Cell(activity, owner)}']")!).Value);
    }

    [Fact]
    public async Task RaciEdit_ClearingACell_RemovesTheLetter()
    {
        var (activity, owner, steward) = await RaciDraftAsync();
        await SetLettersAsync((activity, owner, RaciLetter.A), (activity, steward, RaciLetter.R));
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl);

        var response = await facilitator.SubmitAsync(form, new() { [Cell(activity, steward)] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var letter = Assert.Single(await LettersAsync());
        Assert.Equal(owner, letter.RoleId);
        Assert.Contains("No one is responsible", RowText(await facilitator.GetDocumentAsync(RaciUrl), activity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", "No one is accountable")]
    [InlineData("twoA", "Several roles are accountable: Data owner, Data steward")]
    [InlineData("onlyA", "No one is responsible")]
    public async Task RaciMatrix_WithAProblem_ShowsItInTheActivityRow(string letters, string problem)
    {
        var (activity, owner, steward) = await RaciDraftAsync();
        if (letters == "twoA")
        {
            await SetLettersAsync((activity, owner, RaciLetter.A), (activity, steward, RaciLetter.A));
        }
        else if (letters == "onlyA")
        {
            await SetLettersAsync((activity, owner, RaciLetter.A), (activity, steward, RaciLetter.C));
        }

        var page = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetDocumentAsync(RaciUrl);

        Assert.Contains(problem, RowText(page, activity), StringComparison.Ordinal);
        Assert.Contains("1 of 1 activities have a problem.", page.QuerySelector("[data-testid=raci-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaciEdit_SavingAnIncompleteMatrix_IsAllowed_AndWarnsAboutTheProblems()
    {
        var (activity, owner, _) = await RaciDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl);

        var response = await facilitator.SubmitAsync(form, new() { [Cell(activity, owner)] = "C" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await LettersAsync());
        var page = await facilitator.GetDocumentAsync(RaciEditUrl);
        Assert.Contains("problems remain", page.QuerySelector(".flash")!.TextContent, StringComparison.Ordinal);
        var warning = page.QuerySelector("[data-testid=raci-problems]")!.TextContent;
        Assert.Contains("No one is accountable", warning, StringComparison.Ordinal);
        Assert.Contains("No one is responsible", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("objectiveAsActivity")]
    [InlineData("activityAsRole")]
    [InlineData("otherOrganisation")]
    [InlineData("notAGuid")]
    public async Task RaciEdit_IdThatIsNotThisStrategysActivityOrRole_IsRefused_AndNothingIsSaved(string kind)
    {
        var (activity, owner, _) = await RaciDraftAsync();
        var objective = (await AddItemsAsync(Item(StrategyItemKind.Objective, "Open the address register")))[0].Id;
        var foreignRole = Guid.NewGuid();
        if (kind == "otherOrganisation")
        {
            var b = await SecondOrganisation.CreateAsync(_app);
            await _app.DbAsync(
                async db =>
                {
                    var strategy = await StrategyWorkspace.EnsureAsync(db, await db.Organisations.SingleAsync(o => o.Id == b.Id));
                    db.StrategyItems.Add(new StrategyItem { Id = foreignRole, StrategyId = strategy.Id, Kind = StrategyItemKind.Role, Title = LocalizedText.Of(en: "B's role") });
                    return await db.SaveChangesAsync();
                },
                b.Id);
        }

        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl);
        var hostile = kind switch
        {
            "random" => Cell(Guid.NewGuid(), owner),
            "objectiveAsActivity" => Cell(objective, owner),
            "activityAsRole" => Cell(activity, activity),
            "otherOrganisation" => Cell(activity, foreignRole),
            _ => $"Cells[{activity}][not-a-guid]",
        };

        var response = await facilitator.SubmitAsync(form, new() { [Cell(activity, owner)] = "A", [hostile] = "R" });

        Assert.Contains("not part of this strategy. Nothing was saved.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await LettersAsync());
    }

    [Fact]
    public async Task RaciEdit_LetterThatIsNotRaci_IsRefused_AndNothingIsSaved()
    {
        var (activity, owner, steward) = await RaciDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl);

        var response = await facilitator.SubmitAsync(form, new() { [Cell(activity, owner)] = "A", [Cell(activity, steward)] = "<script>" });

        Assert.Contains("Choose R, A, C, I or nothing in each cell.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await LettersAsync());
    }

    [Fact]
    public async Task RaciEdit_StaleMatrix_IsRefused_AndKeepsTheOtherEdit()
    {
        var (activity, owner, steward) = await RaciDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var lead = await _app.LeadAsync();
        var stale = await facilitator.GetFormAsync(RaciEditUrl);
        var first = await lead.SubmitAsync(await lead.GetFormAsync(RaciEditUrl), new() { [Cell(activity, owner)] = "A" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var response = await facilitator.SubmitAsync(stale, new() { [Cell(activity, owner)] = "R", [Cell(activity, steward)] = "A" });

        Assert.Contains(StaleMessage, await ErrorsAsync(response), StringComparison.Ordinal);
        var letter = Assert.Single(await LettersAsync());
        Assert.Equal((owner, RaciLetter.A), (letter.RoleId, letter.Letter));
    }

    [Fact]
    public async Task RaciXlsx_Export_HoldsTheLetters_AndFormulaLikeTitlesAsText()
    {
        var items = await AddItemsAsync(Item(StrategyItemKind.RaciActivity, "=1+1"), Item(StrategyItemKind.Role, "Data owner"), Item(StrategyItemKind.Role, "=HYPERLINK(\"http://evil.example\")"));
        var (activity, owner, evil) = (items[0].Id, items[1].Id, items[2].Id);
        await SetLettersAsync((activity, owner, RaciLetter.A), (activity, evil, RaciLetter.I));
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var response = await viewer.GetAsync(RaciUrl + "?handler=Xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["RACI", "Legend"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "RACI").Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("=1+1", row["Activity"]);
        Assert.Equal("A", row["Data owner"]);
        Assert.Equal("I", row["=HYPERLINK(\"http://evil.example\")"]);
        Assert.Contains("No one is responsible", row["Problems"]?.ToString(), StringComparison.Ordinal);
        var legend = stream.Query(useHeaderRow: true, sheetName: "Legend").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["R", "A", "C", "I"], legend.Select(l => l["Letter"]?.ToString()));
        Assert.StartsWith("Responsible", legend[0]["Meaning"]?.ToString(), StringComparison.Ordinal);
        // No cell of the workbook is a formula.
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RaciXlsx_InFrench_HasFrenchTitles()
    {
        await RaciDraftAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");

        var bytes = await viewer.GetByteArrayAsync(RaciUrl + "?handler=Xlsx");

        using var stream = new MemoryStream(bytes);
        Assert.Equal(["RACI", "Légende"], stream.GetSheetNames());
        var header = stream.Query(useHeaderRow: false, sheetName: "RACI").Cast<IDictionary<string, object?>>().First();
        Assert.Equal("Activité", header["A"]);
        Assert.Equal("Problèmes", header["D"]);
    }

    [Fact]
    public async Task Viewer_SeesTheMatrix_WithoutTheEditLink_AndIsForbiddenToEdit()
    {
        var (activity, owner, _) = await RaciDraftAsync();
        await SetLettersAsync((activity, owner, RaciLetter.A));
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var page = await viewer.GetDocumentAsync(RaciUrl);
        var edit = await viewer.GetAsync(RaciEditUrl);

        Assert.Contains("Publish the open data catalogue", RowText(page, activity), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"main a[href$='/strategy/raci/edit']"));
        Assert.NotNull((await (await _app.FacilitatorAsync()).GetDocumentAsync(RaciUrl)).QuerySelector("main a[href$='/strategy/raci/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var post = await viewer.PostAsync(RaciEditUrl, new FormUrlEncodedContent(new Dictionary<string, string> { [Cell(activity, owner)] = "R" }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(RaciLetter.A, Assert.Single(await LettersAsync()).Letter);
    }

    [Fact]
    public async Task RaciEdit_AddActivity_AddsItWithAHistoryEntry_AndShowsItEscaped()
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl, "AddActivity");

        var response = await facilitator.SubmitAsync(form, new() { ["NewTitle[en]"] = "<script>alert(1)</script> Approve data sharing", ["NewTitle[fr]"] = "Approuver le partage" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await _app.InDemoAsync(db => db.StrategyItems.AsNoTracking().SingleAsync(i => i.Kind == StrategyItemKind.RaciActivity));
        Assert.Equal("Approuver le partage", item.Title["fr"]);
        Assert.True(await _app.InDemoAsync(db => db.StrategyItemRevisions.AnyAsync(r => r.ItemId == item.Id && r.Action == RevisionAction.Created)));
        var html = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetStringAsync(RaciUrl);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Approve data sharing", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("long", "The text must be at most 300 characters long.")]
    [InlineData("", "Give the activity a title in at least one language.")]
    public async Task RaciEdit_AddActivity_BadTitle_IsRefused_AndNothingIsSaved(string title, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(RaciEditUrl, "AddActivity");

        var response = await facilitator.SubmitAsync(form, new() { ["NewTitle[nl]"] = title == "long" ? new string('x', 301) : "   " });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False(await _app.InDemoAsync(db => db.StrategyItems.AnyAsync()));
    }

    private async Task<(Guid Activity, Guid Owner, Guid Steward)> RaciDraftAsync()
    {
        var items = await AddItemsAsync(
            Item(StrategyItemKind.RaciActivity, "Publish the open data catalogue"),
            Item(StrategyItemKind.Role, "Data owner"),
            Item(StrategyItemKind.Role, "Data steward"));
        return (items[0].Id, items[1].Id, items[2].Id);
    }

    // ---- Translations ----
    private async Task<(StrategyItem Objective, StrategyItem Vision)> TranslationDraftAsync()
    {
        var objective = Item(StrategyItemKind.Objective, LocalizedText.Of("Ouvrir les données", "Data openen"));
        objective.Texts[StrategySchema.Description] = LocalizedText.Of("Publier les jeux de données clés.");
        var vision = Item(StrategyItemKind.Vision, LocalizedText.Of("Une ville guidée par les données"));
        await AddItemsAsync(objective, vision);
        return (objective, vision);
    }

    private static string Stat(IHtmlDocument doc, string language) =>
        doc.QuerySelector($"[data-testid=missing-counts] [data-language={language}] .stat-value")!.TextContent.Trim();

    private static string TextField(StrategyItem item, string field, IHtmlDocument doc) =>
        doc.QuerySelector($"fieldset[data-item='{item.Id}'] textarea[name$='.Texts[{field}]']")!.GetAttribute("name")!;

    [Fact]
    public async Task Translations_CountsTheMissingTextsPerLanguage()
    {
        await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();

        var page = await facilitator.GetDocumentAsync(TranslationsUrl);

        Assert.Equal("0", Stat(page, "fr"));
        Assert.Equal("2", Stat(page, "nl"));
        Assert.Equal("3", Stat(page, "en"));
        var label = page.QuerySelector("label[for^='t-']")!;
        Assert.Equal("Title in Dutch", label.TextContent);
        var textarea = page.QuerySelector("#" + label.GetAttribute("for"))!;
        Assert.Equal("nl", textarea.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".source-text[lang=fr]"));
    }

    [Fact]
    public async Task Translations_MissingOnly_ShowsOnlyTheTextsMissingInTheTargetLanguage()
    {
        var (objective, vision) = await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();

        var page = await facilitator.GetDocumentAsync(TranslationsUrl + "?from=fr&to=nl&missing=true");

        Assert.Null(page.QuerySelector($"fieldset[data-item='{objective.Id}'] textarea[name$='.Texts[title]']"));
        Assert.NotNull(page.QuerySelector($"fieldset[data-item='{objective.Id}'] textarea[name$='.Texts[description]']"));
        Assert.NotNull(page.QuerySelector($"fieldset[data-item='{vision.Id}'] textarea[name$='.Texts[title]']"));
    }

    [Fact]
    public async Task Translations_Save_WritesOnlyTheChangedItems_WithAHistoryEntry()
    {
        var (objective, vision) = await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(TranslationsUrl + "?from=fr&to=nl");
        var form = HttpClientExtensions.FormOf(page, TranslationsUrl, index: 1);

        var response = await facilitator.SubmitAsync(form, new() { [TextField(objective, StrategySchema.Description, page)] = "  De kerndatasets publiceren. " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var savedObjective = await ReloadAsync(objective.Id);
        Assert.Equal("De kerndatasets publiceren.", savedObjective.Texts[StrategySchema.Description]["nl"]);
        Assert.Equal("Publier les jeux de données clés.", savedObjective.Texts[StrategySchema.Description]["fr"]);
        Assert.Equal("Data openen", savedObjective.Title["nl"]);
        Assert.NotEqual(objective.Version, savedObjective.Version);
        Assert.Equal(vision.Version, (await ReloadAsync(vision.Id)).Version);
        var revisions = await _app.InDemoAsync(db => db.StrategyItemRevisions.AsNoTracking().ToListAsync());
        var revision = Assert.Single(revisions);
        Assert.Equal((objective.Id, RevisionAction.Changed), (revision.ItemId, revision.Action));
        Assert.Contains("De kerndatasets publiceren.", revision.Data, StringComparison.Ordinal);
        Assert.Equal("1", Stat(await facilitator.GetDocumentAsync(TranslationsUrl), "nl"));
    }

    [Fact]
    public async Task Translations_StaleItem_IsRefusedNamingIt_AndNothingIsSaved()
    {
        var (objective, vision) = await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(TranslationsUrl);
        var form = HttpClientExtensions.FormOf(page, TranslationsUrl, index: 1);
        await _app.InDemoAsync(async db =>
        {
            var item = await db.StrategyItems.SingleAsync(i => i.Id == vision.Id);
            item.Title = LocalizedText.Of("Une ville qui décide avec les données");
            return await db.SaveChangesAsync();
        });

        var response = await facilitator.SubmitAsync(form, new()
        {
            [TextField(objective, StrategySchema.Description, page)] = "De kerndatasets publiceren.",
            [TextField(vision, "title", page)] = "Een datagedreven stad",
        });

        Assert.Contains("Someone else changed “Une ville qui décide avec les données” while you were translating.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.False((await ReloadAsync(objective.Id)).Texts[StrategySchema.Description].Has("nl"));
        Assert.False((await ReloadAsync(vision.Id)).Title.Has("nl"));
        Assert.False(await _app.InDemoAsync(db => db.StrategyItemRevisions.AnyAsync()));
    }

    [Theory]
    [InlineData("title", 301)]
    [InlineData("description", 8001)]
    public async Task Translations_OverLongText_IsRefused_AndNothingIsSaved(string field, int length)
    {
        var (objective, vision) = await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(TranslationsUrl);
        var form = HttpClientExtensions.FormOf(page, TranslationsUrl, index: 1);

        var response = await facilitator.SubmitAsync(form, new()
        {
            [TextField(objective, field, page)] = new string('x', length),
            [TextField(vision, "title", page)] = "Een datagedreven stad",
        });

        Assert.Contains($"the text must be at most {length - 1} characters long.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(objective.Version, (await ReloadAsync(objective.Id)).Version);
        Assert.False((await ReloadAsync(vision.Id)).Title.Has("nl"));
    }

    [Theory]
    [InlineData("unknownItem")]
    [InlineData("unknownField")]
    [InlineData("notAGuid")]
    public async Task Translations_UnknownItemOrField_IsRefused_AndNothingIsSaved(string kind)
    {
        var (objective, vision) = await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(TranslationsUrl);
        var form = HttpClientExtensions.FormOf(page, TranslationsUrl, index: 1);
        var fields = form.With(new() { [TextField(vision, "title", page)] = "Een datagedreven stad" });
        var n = page.QuerySelectorAll("fieldset[data-item]").Length;
        switch (kind)
        {
            case "unknownItem":
                fields.Add(new($"Items[{n}].Id", Guid.NewGuid().ToString()));
                fields.Add(new($"Items[{n}].Version", Guid.NewGuid().ToString()));
                fields.Add(new($"Items[{n}].Texts[title]", "Overwritten"));
                break;
            case "unknownField":
                fields.Add(new(TextField(vision, "title", page).Replace("[title]", "[problem]", StringComparison.Ordinal), "Geen dienst"));
                break;
            default:
                fields.Add(new($"Items[{n}].Id", "not-a-guid"));
                fields.Add(new($"Items[{n}].Texts[title]", "Overwritten"));
                break;
        }

        var response = await facilitator.PostAsync(form.Action, new FormUrlEncodedContent(fields));

        Assert.Contains("Nothing was saved.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(vision.Version, (await ReloadAsync(vision.Id)).Version);
        Assert.Equal(objective.Version, (await ReloadAsync(objective.Id)).Version);
    }

    [Fact]
    public async Task Translations_HostileText_IsSavedAsText_AndShownEscaped()
    {
        var (_, vision) = await TranslationDraftAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(TranslationsUrl);

        var response = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(page, TranslationsUrl, index: 1), new() { [TextField(vision, "title", page)] = "</textarea><script>alert(1)</script>" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await facilitator.GetStringAsync(TranslationsUrl + "?from=nl&to=fr");
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translations_Contributor_IsForbidden()
    {
        var contributor = await _app.SignInAsync(DemoSeeder.ContributorEmail);

        var response = await contributor.GetAsync(TranslationsUrl);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // ---- The organisation's own priorities ----
    private Task<List<CityPriority>> CityPrioritiesAsync() => _app.InDemoAsync(db => db.CityPriorities.AsNoTracking().OrderBy(p => p.Position).ToListAsync());

    private async Task<List<CityPriority>> AddCityPrioritiesAsync(params string[] names)
    {
        var added = names.Select((n, i) => new CityPriority { Name = LocalizedText.Of(n, n + " (nl)"), Position = i + 1 }).ToList();
        await _app.InDemoAsync(db =>
        {
            db.CityPriorities.AddRange(added);
            return db.SaveChangesAsync();
        });
        return added;
    }

    private static HtmlForm RowForm(IHtmlDocument doc, Guid id, string handler) =>
        HttpClientExtensions.FormOf(doc, CityUrl, handler, doc.QuerySelectorAll($"main form[action*='handler={handler}']").OfType<IHtmlFormElement>().ToList().FindIndex(f => f.QuerySelector($"input[name=id][value='{id}']") is not null));

    [Fact]
    public async Task CityPriorities_Add_ListsTheNewPriority_AndEscapesHostileText()
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(CityUrl, "Add");

        var response = await facilitator.SubmitAsync(form, new() { ["Name[fr]"] = "Ville intelligente <script>alert(1)</script>", ["Name[nl]"] = "Slimme stad" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var priority = Assert.Single(await CityPrioritiesAsync());
        Assert.Equal("Slimme stad", priority.Name["nl"]);
        var html = await facilitator.GetStringAsync(CityUrl);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Ville intelligente &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Name[en]", "long", "The name must be at most 300 characters long.")]
    [InlineData("Name[fr]", "", "Give the priority a name in at least one language.")]
    public async Task CityPriorities_AddWithBadName_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(CityUrl, "Add");

        var response = await facilitator.SubmitAsync(form, new() { [field] = value == "long" ? new string('x', 301) : value });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await CityPrioritiesAsync());
    }

    [Fact]
    public async Task CityPriorities_Rename_ChangesTheName()
    {
        var added = await AddCityPrioritiesAsync("Mobilité");
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(CityUrl);

        var response = await facilitator.SubmitAsync(RowForm(page, added[0].Id, "Rename"), new() { ["Name[fr]"] = "Mobilité durable", ["Name[en]"] = "Sustainable mobility" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = Assert.Single(await CityPrioritiesAsync());
        Assert.Equal(("Mobilité durable", "Mobilité (nl)", "Sustainable mobility"), (renamed.Name["fr"], renamed.Name["nl"], renamed.Name["en"]));
        Assert.Contains("Sustainable mobility", (await facilitator.GetDocumentAsync(CityUrl)).QuerySelector("[data-testid=city-priorities]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CityPriorities_StaleRename_IsRefused_AndKeepsTheOtherName()
    {
        var added = await AddCityPrioritiesAsync("Mobilité");
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(CityUrl);
        var lead = await _app.LeadAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(RowForm(await lead.GetDocumentAsync(CityUrl), added[0].Id, "Rename"), new() { ["Name[fr]"] = "Mobilité pour tous" })).StatusCode);

        var response = await facilitator.SubmitAsync(RowForm(page, added[0].Id, "Rename"), new() { ["Name[fr]"] = "Mobilité durable" });

        Assert.Contains(StaleMessage, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("Mobilité pour tous", Assert.Single(await CityPrioritiesAsync()).Name["fr"]);
    }

    [Fact]
    public async Task CityPriorities_RenameOfAnUnknownPriority_AnswersNotFound()
    {
        await AddCityPrioritiesAsync("Mobilité");
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(CityUrl, "Rename");

        var response = await facilitator.SubmitAsync(form, new() { ["id"] = Guid.NewGuid().ToString(), ["Name[fr]"] = "Piraté" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Mobilité", Assert.Single(await CityPrioritiesAsync()).Name["fr"]);
    }

    [Fact]
    public async Task CityPriorities_MoveDown_SwapsWithTheNextOne()
    {
        var added = await AddCityPrioritiesAsync("Mobilité", "Climat", "Santé");
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(CityUrl);
        var down = HttpClientExtensions.FormOf(page, CityUrl, "Move", page.QuerySelectorAll("main form[action*='handler=Move']").OfType<IHtmlFormElement>().ToList()
            .FindIndex(f => f.QuerySelector($"input[name=id][value='{added[0].Id}']") is not null && f.QuerySelector("input[name=up][value=false]") is not null));

        var response = await facilitator.SubmitAsync(down);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Climat", "Mobilité", "Santé"], (await CityPrioritiesAsync()).Select(p => p.Name["fr"]));
    }

    [Fact]
    public async Task CityPriorities_Delete_RemovesAPriorityNoObjectiveAnswers()
    {
        var added = await AddCityPrioritiesAsync("Mobilité", "Climat");
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(CityUrl);

        var response = await facilitator.SubmitAsync(RowForm(page, added[0].Id, "Delete"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Climat"], (await CityPrioritiesAsync()).Select(p => p.Name["fr"]));
    }

    [Fact]
    public async Task CityPriorities_DeleteOfAPriorityAnObjectiveAnswers_IsRefused_NamingTheObjective()
    {
        var added = await AddCityPrioritiesAsync("Mobilité");
        await AddItemsAsync(Item(StrategyItemKind.Objective, LocalizedText.Of(en: "Open mobility data"), new StrategyLink(StrategyRelation.CityPriority, added[0].Id.ToString("D"))));
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(CityUrl);

        var response = await facilitator.SubmitAsync(RowForm(page, added[0].Id, "Delete"));

        var errors = await ErrorsAsync(response);
        Assert.Contains("cannot be deleted", errors, StringComparison.Ordinal);
        Assert.Contains("Open mobility data", errors, StringComparison.Ordinal);
        Assert.Single(await CityPrioritiesAsync());
    }

    // ---- Traceability ----
    private async Task<IReadOnlyList<PriorityOption>> RankedPrioritiesAsync()
    {
        var campaign = await _app.DemoCampaignAsync();
        var priorities = await _app.InDemoAsync(async db => await StrategyWorkspace.PrioritiesAsync(db, await StrategyWorkspace.PriorityCampaignAsync(db)));
        Assert.True(priorities.Count >= 2, "the demo campaign has ranked priorities");
        Assert.All(priorities, p => Assert.Equal(campaign, p.CampaignId));
        return priorities;
    }

    [Fact]
    public async Task Traceability_FlagsAnUnansweredPriority_AndAnUndeliveredObjective()
    {
        var priorities = await RankedPrioritiesAsync();
        var answered = priorities[0];
        var link = new StrategyLink(StrategyRelation.Priority, answered.Target);
        var items = await AddItemsAsync(
            Item(StrategyItemKind.Objective, LocalizedText.Of(en: "Name an owner for every key dataset"), link),
            Item(StrategyItemKind.Objective, LocalizedText.Of(en: "Share data between departments"), link));
        var service = Item(StrategyItemKind.Service, LocalizedText.Of(en: "Data sharing portal"), new StrategyLink(StrategyRelation.Objective, items[1].Id.ToString("D")));
        await AddItemsAsync(service);
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var page = await viewer.GetDocumentAsync(TraceUrl);

        var answeredRow = page.QuerySelector($"[data-testid=trace-priorities] li.trace-priority[data-target='{answered.Target}']")!;
        Assert.Null(answeredRow.QuerySelector("[data-testid=unanswered]"));
        var undelivered = answeredRow.QuerySelector($"li[data-objective='{items[0].Id}']")!;
        Assert.Contains("Nothing delivers this objective yet", undelivered.TextContent, StringComparison.Ordinal);
        Assert.Contains("⚠", undelivered.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/o/{DemoSeeder.Slug}/strategy/items/{items[0].Id}", undelivered.QuerySelector("a")!.GetAttribute("href"));
        var delivered = answeredRow.QuerySelector($"li[data-objective='{items[1].Id}']")!;
        Assert.DoesNotContain("Nothing delivers", delivered.TextContent, StringComparison.Ordinal);
        Assert.Contains("Data sharing portal", delivered.TextContent, StringComparison.Ordinal);
        var unansweredRow = page.QuerySelector($"[data-testid=trace-priorities] li.trace-priority[data-target='{priorities[1].Target}']")!;
        Assert.Contains("No objective answers this priority", unansweredRow.TextContent, StringComparison.Ordinal);
        var summary = page.QuerySelector("[data-testid=trace-summary]")!.TextContent;
        Assert.Contains($"1 of {priorities.Count}", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traceability_ListsObjectivesLinkedToNoPriority_AndTheCityPriorityChain()
    {
        var city = await AddCityPrioritiesAsync("Ville intelligente");
        var items = await AddItemsAsync(
            Item(StrategyItemKind.Objective, LocalizedText.Of(en: "Train every manager in data")),
            Item(StrategyItemKind.Objective, LocalizedText.Of(en: "Sensors in every park"), new StrategyLink(StrategyRelation.CityPriority, city[0].Id.ToString("D"))));
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);

        var page = await viewer.GetDocumentAsync(TraceUrl);

        Assert.Contains("Train every manager in data", page.QuerySelector("[data-testid=trace-unlinked]")!.TextContent, StringComparison.Ordinal);
        var cityRow = page.QuerySelector($"[data-testid=trace-city] li.trace-priority[data-target='{city[0].Id}']")!;
        Assert.Contains("Ville intelligente", cityRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cityRow.QuerySelector($"li[data-objective='{items[1].Id}']"));
        Assert.Contains("Nothing delivers this objective yet", cityRow.TextContent, StringComparison.Ordinal);
    }
}
