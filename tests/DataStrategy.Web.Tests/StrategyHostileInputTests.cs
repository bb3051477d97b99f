using System.Net;
using DataStrategy.Core.Strategy;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;
using static DataStrategy.Web.Tests.Infrastructure.StrategyHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>The strategy forms fed what a browser would not send: foreign or made-up IDs, oversized and hostile texts, stale versions.</summary>
public sealed class StrategyHostileInputTests : IDisposable, IAsyncLifetime
{
    private const string Script = "<script>alert('x')</script>";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    public Task InitializeAsync() => _app.ClearDemoStrategyAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static string ItemUrl(Guid id) => $"{StrategyPath}/items/{id}";

    private static async Task<string> CommentErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=comment-error]")?.TextContent ?? "(no error)";
    }

    // ---- Editor ----

    [Theory]
    [InlineData("city|{random}")]
    [InlineData("priority|{b-campaign}/governance")]
    [InlineData("priority|{demo-campaign}/no-such-theme")]
    [InlineData("objective|{random}")]
    [InlineData("holder|{b-stakeholder}")]
    [InlineData("no-relation")]
    public async Task Edit_LinkTargetNotOffered_IsRefused_AndNothingIsSaved(string link)
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        link = link.Replace("{random}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{b-campaign}", b.CampaignId.ToString(), StringComparison.Ordinal)
            .Replace("{demo-campaign}", (await _app.DemoCampaignAsync()).ToString(), StringComparison.Ordinal)
            .Replace("{b-stakeholder}", b.StakeholderId.ToString(), StringComparison.Ordinal);
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.PostNewItemAsync(StrategyItemKind.Objective, ("Texts[title_fr]", "Objectif"), ("Links", link));

        Assert.Contains("Choose links from the lists offered.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.ItemCountAsync());
    }

    [Fact]
    public async Task Edit_TwoTargetsForASingleLink_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();
        var first = await facilitator.NewItemAsync(StrategyItemKind.GovernanceBody, ("Texts[title_en]", "Board"));
        var second = await facilitator.NewItemAsync(StrategyItemKind.GovernanceBody, ("Texts[title_en]", "Council"));

        var response = await facilitator.PostNewItemAsync(StrategyItemKind.GovernanceBody, ("Texts[title_en]", "Committee"), ("Links", $"escalatesTo|{first}"), ("Links", $"escalatesTo|{second}"));

        Assert.Contains("Choose links from the lists offered.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(2, await _app.ItemCountAsync());
    }

    [Fact]
    public async Task Edit_NoTitleInAnyLanguage_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.PostNewItemAsync(StrategyItemKind.Objective, ("Texts[title_fr]", "  "), ("Texts[description_fr]", "Sans titre."));

        var doc = await response.ParseAsync();
        Assert.Contains("Give a title in at least one language.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("Sans titre.", doc.QuerySelector("#Texts_description_fr, #description_fr")!.TextContent.Trim());
        Assert.Equal(0, await _app.ItemCountAsync());
    }

    [Theory]
    [InlineData("title_fr", 301, "at most 300 characters")]
    [InlineData("title_en", 301, "at most 300 characters")]
    [InlineData("description_nl", 8001, "at most 8000 characters")]
    [InlineData("indicators_fr", 8001, "at most 8000 characters")]
    public async Task Edit_OverLongText_IsRefused_NextToTheField_AndNothingIsSaved(string field, int length, string message)
    {
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.PostNewItemAsync(StrategyItemKind.Objective, ("Texts[title_nl]", "Titel"), ($"Texts[{field}]", new string('a', length)));

        var doc = await response.ParseAsync();
        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Contains(message, doc.QuerySelector($"#err_{field}")!.TextContent, StringComparison.Ordinal);
        // The summary's link leads to the field.
        var target = doc.QuerySelector("[data-testid=error-summary] a")!.GetAttribute("href")![1..];
        Assert.Equal($"Texts[{field}]", doc.GetElementById(target)?.GetAttribute("name"));
        Assert.Equal(0, await _app.ItemCountAsync());
    }

    [Fact]
    public async Task Edit_ScriptInTitle_IsShownEscaped_OnTheItemOverviewAndPublicPages()
    {
        var facilitator = await _app.FacilitatorAsync();
        var id = await facilitator.NewItemAsync(StrategyItemKind.Objective, ("Texts[title_en]", Script));
        await PublishDraftAsync(facilitator, await _app.LeadAsync());

        foreach (var (client, url) in new[] { (facilitator, ItemUrl(id)), (facilitator, StrategyPath), (_app.Anonymous("en"), "/p/" + DemoSeeder.Slug) })
        {
            var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
            Assert.Contains(Script, (await response.ParseAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefused_AndTheOtherSaveStays()
    {
        var facilitator = await _app.FacilitatorAsync();
        var id = await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Original");
        var stale = await facilitator.GetFormAsync($"{StrategyPath}/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.EditItemAsync(id, ("Texts[title_en]", "Saved first"))).StatusCode);
        var revisions = await _app.InDemoAsync(db => db.StrategyItemRevisions.CountAsync(r => r.ItemId == id));

        var response = await facilitator.PostFormAsync(stale, ("Texts[title_en]", "Saved second"));

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("Saved first", (await _app.ItemAsync(id)).Title.Get("en"));
        Assert.Equal(revisions, await _app.InDemoAsync(db => db.StrategyItemRevisions.CountAsync(r => r.ItemId == id)));
    }

    [Fact]
    public async Task Delete_StaleVersion_IsRefused_AndTheItemStays()
    {
        var facilitator = await _app.FacilitatorAsync();
        var id = await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Original");
        var stale = await facilitator.GetFormAsync($"{StrategyPath}/edit/{id}", "Delete");
        await facilitator.EditItemAsync(id, ("Texts[title_en]", "Changed meanwhile"));

        var response = await facilitator.SubmitAsync(stale);

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal("Changed meanwhile", (await _app.ItemAsync(id)).Title.Get("en"));
    }

    [Fact]
    public async Task Edit_DepartmentOfAnotherOrganisation_IsRefused()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.PostNewItemAsync(StrategyItemKind.Service, ("Texts[title_en]", "Service"), ("DepartmentId", b.DepartmentId.ToString()));

        Assert.Contains("Choose a department from the list.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.ItemCountAsync());
    }

    [Fact]
    public async Task Edit_SessionNotOffered_IsRefused()
    {
        await _app.AddSessionAsync("Atelier");
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.PostNewItemAsync(StrategyItemKind.Objective, ("Texts[title_en]", "Objective"), ("Sessions", Guid.NewGuid().ToString()));

        Assert.Contains("Choose working sessions from the list.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.ItemCountAsync());
    }

    [Theory]
    [InlineData("edit?kind=Objective&session={random}")]
    [InlineData("edit/{random}")]
    [InlineData("items/{random}")]
    [InlineData("versions/99")]
    [InlineData("compare?from=99&to=draft")]
    [InlineData("compare?from=abc&to=draft")]
    [InlineData("compare?from=1&to=-1")]
    [InlineData("compare?from=%2B1&to=draft")]
    public async Task Get_UnknownThing_Is404(string path)
    {
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Objective");
        await facilitator.SubmitDraftAsync();

        var response = await facilitator.GetAsync($"{StrategyPath}/{path.Replace("{random}", Guid.NewGuid().ToString(), StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99")]
    [InlineData("")]
    public async Task Edit_KindThatIsNoKind_SavesNothing(string kind)
    {
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.PostWithTokenAsync(StrategyPath, StrategyPath + "/edit", ("Kind", kind), ("Texts[title_en]", "Objective"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StrategyPath, response.Location());
        Assert.Equal(0, await _app.ItemCountAsync());
    }

    // ---- Comments ----

    private async Task<(Guid Item, HttpClient Contributor)> ItemAsync()
    {
        var id = await (await _app.FacilitatorAsync()).NewObjectiveAsync("Objectif", "Doelstelling", "Objective");
        return (id, await _app.SignInAsync(DemoSeeder.ContributorEmail));
    }

    private static async Task<HttpResponseMessage> CommentAsync(HttpClient client, Guid item, params (string Name, string Value)[] values)
    {
        var doc = await client.GetDocumentAsync(ItemUrl(item));
        return await client.PostFormAsync(FormMatching(doc, ItemUrl(item), "form.comment-form"), values);
    }

    [Theory]
    [InlineData(0, "Write a comment.")]
    [InlineData(-1, "Write a comment.")]
    [InlineData(4001, "at most 4000 characters")]
    public async Task Comment_EmptyOrTooLong_IsRefusedWithAMessage_AndNothingIsSaved(int length, string message)
    {
        var (item, contributor) = await ItemAsync();
        var text = length < 0 ? "  \n  " : new string('x', length);

        var response = await CommentAsync(contributor, item, ("Text", text));

        Assert.Contains(message, await CommentErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.InDemoAsync(db => db.StrategyComments.CountAsync()));
    }

    [Fact]
    public async Task Comment_Script_IsShownEscaped()
    {
        var (item, contributor) = await ItemAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await CommentAsync(contributor, item, ("Text", Script))).StatusCode);

        var response = await contributor.GetAsync(ItemUrl(item));
        Assert.DoesNotContain("<script>alert(", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Script, (await response.ParseAsync()).QuerySelector(".comment-thread")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("other-organisation")]
    [InlineData("not-an-id")]
    public async Task Comment_MentionOfSomeoneNotAMember_IsRefused(string who)
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var (item, contributor) = await ItemAsync();
        var mention = who switch
        {
            "random" => Guid.NewGuid().ToString(),
            "other-organisation" => await _app.DbAsync(db => db.Users.Where(u => u.Email == b.AdminEmail).Select(u => u.Id).SingleAsync()),
            _ => "<b>x</b>",
        };

        var response = await CommentAsync(contributor, item, ("Text", "Regardez."), ("Mentions", mention));

        Assert.Contains("Mention members of this organisation only.", await CommentErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await _app.InDemoAsync(db => db.StrategyComments.CountAsync()));
    }

    [Fact]
    public async Task Reply_ToAResolvedThread_IsRefused()
    {
        var (item, contributor) = await ItemAsync();
        await CommentAsync(contributor, item, ("Text", "Question ?"));
        var reply = FormMatching(await contributor.GetDocumentAsync(ItemUrl(item)), ItemUrl(item), "form.reply-form");
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync(await contributor.GetFormAsync(ItemUrl(item), "Resolve"))).StatusCode);

        var response = await contributor.SubmitAsync(reply, new() { ["Text"] = "Trop tard." });

        Assert.Contains("This comment thread does not exist or is resolved.", await CommentErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(1, await _app.InDemoAsync(db => db.StrategyComments.CountAsync()));
    }

    [Fact]
    public async Task Reply_ToAThreadOfAnotherItem_IsRefused()
    {
        var (item, contributor) = await ItemAsync();
        var other = await (await _app.FacilitatorAsync()).NewObjectiveAsync("Autre", "Ander", "Other");
        await CommentAsync(contributor, other, ("Text", "Sur l'autre."));
        var thread = await _app.InDemoAsync(db => db.StrategyComments.Select(c => c.Id).SingleAsync());

        var response = await contributor.PostWithTokenAsync(ItemUrl(item), ItemUrl(item) + "/comments", ("Text", "Détourné."), ("ParentId", thread.ToString()));

        Assert.Contains("This comment thread does not exist or is resolved.", await CommentErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(1, await _app.InDemoAsync(db => db.StrategyComments.CountAsync()));
    }

    [Fact]
    public async Task Resolve_StaleVersion_IsRefused()
    {
        var (item, contributor) = await ItemAsync();
        await CommentAsync(contributor, item, ("Text", "Question ?"));
        var stale = await contributor.GetFormAsync(ItemUrl(item), "Resolve");
        await contributor.SubmitAsync(await contributor.GetFormAsync(ItemUrl(item), "Resolve"));
        await contributor.SubmitAsync(await contributor.GetFormAsync(ItemUrl(item), "Reopen"));

        var response = await contributor.SubmitAsync(stale);

        Assert.Contains("Someone else changed this record", await CommentErrorAsync(response), StringComparison.Ordinal);
        Assert.Null(await _app.InDemoAsync(db => db.StrategyComments.Select(c => c.ResolvedAt).SingleAsync()));
    }

    // ---- Life-cycle ----

    [Fact]
    public async Task Submit_NothingChangedSinceTheLastVersion_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Objective");
        await facilitator.SubmitDraftAsync();

        var response = await facilitator.SubmitDraftAsync();

        Assert.Contains("Nothing changed since version 1.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(StrategyVersionStatus.InReview, Assert.Single(await _app.VersionsAsync()).Status);
    }

    [Fact]
    public async Task Submit_EmptyStrategy_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();

        var response = await facilitator.SubmitDraftAsync();

        Assert.Contains("The strategy is empty", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _app.VersionsAsync());
    }

    [Fact]
    public async Task Submit_OverLongSummary_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Objective");

        var response = await facilitator.SubmitDraftAsync(new string('s', 4001));

        Assert.Contains("at most 4000 characters", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await _app.VersionsAsync());
    }

    private async Task<HttpClient> SubmittedAsync()
    {
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Objective");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitDraftAsync()).StatusCode);
        return await _app.LeadAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task RequestChanges_WithoutAComment_IsRefused(string comment)
    {
        var lead = await SubmittedAsync();

        var response = await lead.ReviewAsync(1, "RequestChanges", comment);

        Assert.Contains("Say what must change.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(StrategyVersionStatus.InReview, Assert.Single(await _app.VersionsAsync()).Status);
        Assert.Equal(0, await _app.InDemoAsync(db => db.StrategyApprovals.CountAsync()));
    }

    [Fact]
    public async Task RequestChanges_WithAComment_SendsTheVersionBack()
    {
        var lead = await SubmittedAsync();

        var response = await lead.ReviewAsync(1, "RequestChanges", "Ajoutez des indicateurs.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StrategyVersionStatus.ChangesRequested, Assert.Single(await _app.VersionsAsync()).Status);
        Assert.Contains("Ajoutez des indicateurs.", (await lead.GetDocumentAsync($"{StrategyPath}/versions/1")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_OverLongComment_IsRefused()
    {
        var lead = await SubmittedAsync();

        var response = await lead.ReviewAsync(1, "Approve", new string('c', 2001));

        Assert.Contains("at most 2000 characters", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(StrategyVersionStatus.InReview, Assert.Single(await _app.VersionsAsync()).Status);
    }

    [Fact]
    public async Task Approve_StaleVersion_IsRefused()
    {
        var lead = await SubmittedAsync();
        var stale = await lead.GetFormAsync($"{StrategyPath}/versions/1/review");
        await _app.InDemoAsync(async db =>
        {
            // Someone else touched the version since the page was opened.
            (await db.StrategyVersions.SingleAsync()).Summary = "Résumé corrigé.";
            return await db.SaveChangesAsync();
        });

        var response = await lead.SubmitAsync(stale with { Action = $"{StrategyPath}/versions/1/review?handler=Approve" });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(StrategyVersionStatus.InReview, Assert.Single(await _app.VersionsAsync()).Status);
        Assert.Equal(0, await _app.InDemoAsync(db => db.StrategyApprovals.CountAsync()));
    }

    [Fact]
    public async Task Approve_WithdrawnVersion_IsRefused()
    {
        var lead = await SubmittedAsync();
        var stale = await lead.GetFormAsync($"{StrategyPath}/versions/1/review");
        var facilitator = await _app.FacilitatorAsync();
        var id = await _app.InDemoAsync(db => db.StrategyItems.Select(i => i.Id).SingleAsync());
        await facilitator.EditItemAsync(id, ("Texts[title_en]", "Objective, again"));
        await facilitator.SubmitDraftAsync();

        var response = await lead.SubmitAsync(stale with { Action = $"{StrategyPath}/versions/1/review?handler=Approve" });

        Assert.Contains("Only a version in review can be approved or sent back.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal([StrategyVersionStatus.Withdrawn, StrategyVersionStatus.InReview], (await _app.VersionsAsync()).Select(v => v.Status).ToList());
    }

    [Fact]
    public async Task Publish_VersionNotApproved_IsRefused()
    {
        var lead = await SubmittedAsync();
        var version = Assert.Single(await _app.VersionsAsync());
        Assert.Null((await lead.GetDocumentAsync($"{StrategyPath}/versions/1/publish")).QuerySelector("main form"));

        var response = await lead.PostWithTokenAsync(StrategyPath, $"{StrategyPath}/versions/1/publish", ("Version", version.Version.ToString()));

        Assert.Contains("Only an approved version can be published.", await ErrorsAsync(response), StringComparison.Ordinal);
        version = Assert.Single(await _app.VersionsAsync());
        Assert.Equal((StrategyVersionStatus.InReview, (DateTimeOffset?)null), (version.Status, version.PublishedAt));
        // The demo's published case studies keep the public site up; it must show no strategy version.
        Assert.Null((await _app.Anonymous().GetDocumentAsync("/p/" + DemoSeeder.Slug)).QuerySelector("[data-testid=published-version]"));
    }

    // ---- Documents ----

    [Theory]
    [InlineData("de", "docx")]
    [InlineData("fr-fr", "docx")]
    [InlineData("../x", "docx")]
    [InlineData("fr-nl-en", "docx")]
    [InlineData("fr", "exe")]
    public async Task Document_InvalidLanguageOrFormat_ShowsThePageWithAnError(string language, string format)
    {
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Objective");

        var response = await facilitator.GetAsync($"{StrategyPath}/document?handler=Download&Version=draft&Language={Uri.EscapeDataString(language)}&Format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Choose a language and a format from the lists.", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "docx")]
    [InlineData("../x", "docx")]
    [InlineData("fr", "exe")]
    public async Task PublicDocument_InvalidLanguageOrFormat_IsABadRequest(string language, string format)
    {
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.NewObjectiveAsync("Objectif", "Doelstelling", "Objective");
        await PublishDraftAsync(facilitator, await _app.LeadAsync());

        var response = await _app.Anonymous().GetAsync($"/p/{DemoSeeder.Slug}?handler=Document&language={Uri.EscapeDataString(language)}&format={format}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
