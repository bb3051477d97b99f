using System.Net;
using System.Text.Json;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>Findings workshops: the facilitator presents, participants join from their phones with a code and vote.</summary>
public sealed class WorkshopTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private sealed record Live(Guid Id, string Code, string PresentUrl);

    /// <summary>A workshop planned through the page; the presenter page shows its code.</summary>
    private async Task<Live> CreateWorkshopAsync(HttpClient facilitator)
    {
        var campaign = await _app.DemoCampaignAsync();
        var form = await facilitator.GetFormAsync($"{DemoOrg}/campaigns/{campaign}/workshops");
        var response = await facilitator.SubmitAsync(form, new() { ["Title[fr]"] = "Atelier de test", ["Title[nl]"] = "Testworkshop", ["Title[en]"] = "Test workshop", ["VotesPerParticipant"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var presentUrl = response.Location()!;
        var id = Guid.Parse(presentUrl.Split('/')[^2]);
        var code = await _app.InDemoAsync(db => db.Workshops.Where(w => w.Id == id).Select(w => w.Code).SingleAsync());
        var present = await facilitator.GetDocumentAsync(presentUrl);
        Assert.Equal(code, present.QuerySelector("[data-testid=join-code] .code")!.TextContent.Trim());
        return new Live(id, code, presentUrl);
    }

    private static async Task PresenterAsync(HttpClient facilitator, Live workshop, string handler, Dictionary<string, string>? values = null, int index = 0)
    {
        var form = await facilitator.GetFormAsync(workshop.PresentUrl, handler, index);
        var response = await facilitator.SubmitAsync(form, values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A participant's phone that has opened the workshop page (so it holds its device cookie).</summary>
    private async Task<HttpClient> JoinAsync(Live workshop, string language = "en")
    {
        var phone = _app.Anonymous(language);
        var page = await phone.GetAsync("/w/" + workshop.Code);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return phone;
    }

    /// <summary>Posts a ballot as the phone's browser would, with any field values (valid or not).</summary>
    private static async Task<HttpResponseMessage> VoteAsync(HttpClient phone, Live workshop, params (string Theme, string Votes)[] ballot)
    {
        var doc = await phone.GetDocumentAsync("/w/" + workshop.Code);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        fields.AddRange(ballot.Select(b => new KeyValuePair<string, string>($"Ballot[{b.Theme}]", b.Votes)));
        return await phone.PostAsync($"/w/{workshop.Code}?handler=Vote", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> CommentAsync(HttpClient phone, Live workshop, string text)
    {
        var form = await phone.GetFormAsync("/w/" + workshop.Code, "Comment");
        return await phone.SubmitAsync(form, new() { ["Comment"] = text });
    }

    private Task<List<(string Theme, int Votes)>> StoredVotesAsync(Live workshop) =>
        _app.InDemoAsync(async db => (await db.WorkshopVotes.Where(v => v.WorkshopId == workshop.Id).Select(v => new { v.ThemeId, v.Votes }).ToListAsync())
            .OrderBy(v => v.ThemeId, StringComparer.Ordinal).Select(v => (v.ThemeId, v.Votes)).ToList());

    private static async Task<JsonElement> LiveAsync(HttpClient facilitator, Live workshop)
    {
        var response = await facilitator.GetAsync(workshop.PresentUrl + "?handler=Live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    [Fact]
    public async Task Join_CodeTypedInLowercaseWithSpaces_LeadsToTheWorkshop()
    {
        var workshop = await CreateWorkshopAsync(await _app.FacilitatorAsync());
        var phone = _app.Anonymous("fr");
        var typed = " " + workshop.Code[..3].ToLowerInvariant() + " " + workshop.Code[3..].ToLowerInvariant() + " ";

        var response = await phone.SubmitAsync(await phone.GetFormAsync("/w"), new() { ["Code"] = typed });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/w/" + workshop.Code, response.Location());
        var page = await phone.GetDocumentAsync(response.Location()!);
        Assert.Equal("Atelier de test", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid=voting-closed]"));
        Assert.Equal(1, await _app.InDemoAsync(db => db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshop.Id)));
    }

    [Theory]
    [InlineData("ZZZZZZ")]
    [InlineData("abc")]
    public async Task Join_UnknownCode_SaysSo(string code)
    {
        var phone = _app.Anonymous("en");

        var response = await phone.SubmitAsync(await phone.GetFormAsync("/w"), new() { ["Code"] = code });
        for (var i = 0; i < 3 && response.StatusCode == HttpStatusCode.Redirect; i++)
        {
            response = await phone.GetAsync(response.Location());
        }

        // Six characters that match no workshop lead to the code's page, which explains with answer 404; fewer are refused on the form.
        Assert.Equal(code.Length == 6 ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        var text = (await response.ParseAsync()).QuerySelector(".error-summary")?.TextContent ?? "(no error)";
        Assert.Contains("No workshop has this code.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_BeforeVotingOpens_IsRefused()
    {
        var workshop = await CreateWorkshopAsync(await _app.FacilitatorAsync());
        var phone = await JoinAsync(workshop);

        var response = await VoteAsync(phone, workshop, ("governance", "2"));

        Assert.Contains("Voting is closed.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await StoredVotesAsync(workshop));
    }

    [Fact]
    public async Task Vote_WithinBudget_IsSaved_ShownLive_AndFeedsThePriorityRanking()
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        var campaign = await _app.DemoCampaignAsync();
        var votesBefore = await _app.InDemoAsync(db => db.WorkshopVotes.Where(v => v.ThemeId == "governance").SumAsync(v => v.Votes));
        await PresenterAsync(facilitator, workshop, "OpenVoting");
        var phone = await JoinAsync(workshop);
        var form = await phone.GetFormAsync("/w/" + workshop.Code, "Vote");

        var response = await phone.SubmitAsync(form, new() { ["Ballot[governance]"] = "2", ["Ballot[data-management]"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([("data-management", 1), ("governance", 2)], await StoredVotesAsync(workshop));
        var page = await phone.GetDocumentAsync("/w/" + workshop.Code);
        Assert.Equal("2", page.QuerySelector("input[name='Ballot[governance]']:checked")!.GetAttribute("value"));
        Assert.Contains("Used: 3 of 3.", page.QuerySelector("[data-testid=votes-used]")!.TextContent, StringComparison.Ordinal);
        var live = await LiveAsync(facilitator, workshop);
        Assert.Equal(1, live.GetProperty("ballots").GetInt32());
        Assert.Equal(1, live.GetProperty("participants").GetInt32());
        Assert.Equal(2, live.GetProperty("votes").GetProperty("governance").GetInt32());
        Assert.Equal(1, live.GetProperty("votes").GetProperty("data-management").GetInt32());
        var present = await facilitator.GetDocumentAsync(workshop.PresentUrl);
        Assert.Equal("2", present.QuerySelector("[data-live-theme=governance]")!.TextContent.Trim());

        var findings = await facilitator.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/findings");
        var governance = findings.QuerySelectorAll("[data-testid=priorities] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == DataStrategy.Core.Frameworks.BuiltInFrameworks.City().Theme("governance")!.Name.Get("en"));
        Assert.Equal((votesBefore + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), governance.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task Vote_OverBudget_InFrench_GetsAFrenchMessage_AndNothingIsSaved()
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "OpenVoting");
        var phone = await JoinAsync(workshop, "fr");

        var response = await VoteAsync(phone, workshop, ("governance", "2"), ("ethics", "1"), ("tools", "1"));

        Assert.Contains("Vous disposez de 3 votes au total", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Empty(await StoredVotesAsync(workshop));
    }

    [Theory]
    [InlineData("governance", "-1", "Each theme takes between 0 and 3 votes.")]
    [InlineData("governance", "4", "Each theme takes between 0 and 3 votes.")]
    [InlineData("governance", "abc", "Enter whole numbers of votes.")]
    [InlineData("governance", "1.5", "Enter whole numbers of votes.")]
    [InlineData("governance", "99999999999", "Enter whole numbers of votes.")]
    [InlineData("no-such-theme", "1", "Vote only for the themes shown.")]
    [InlineData("<script>alert(1)</script>", "1", "Vote only for the themes shown.")]
    public async Task Vote_BadBallot_IsRefused_AndThePreviousBallotStays(string theme, string votes, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "OpenVoting");
        var phone = await JoinAsync(workshop);
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(phone, workshop, ("ethics", "1"))).StatusCode);

        var response = await VoteAsync(phone, workshop, (theme, votes), ("tools", "1"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal([("ethics", 1)], await StoredVotesAsync(workshop));
    }

    [Fact]
    public async Task Vote_Again_FromTheSameDevice_ReplacesTheBallot_WhileAnotherDeviceAddsOne()
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "OpenVoting");
        var phone = await JoinAsync(workshop);
        var other = await JoinAsync(workshop);

        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(phone, workshop, ("governance", "3"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(phone, workshop, ("skills-culture", "1"), ("governance", "1"))).StatusCode);

        var live = await LiveAsync(facilitator, workshop);
        Assert.Equal(1, live.GetProperty("ballots").GetInt32());
        Assert.Equal([("governance", 1), ("skills-culture", 1)], await StoredVotesAsync(workshop));

        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(other, workshop, ("governance", "2"))).StatusCode);

        live = await LiveAsync(facilitator, workshop);
        Assert.Equal(2, live.GetProperty("ballots").GetInt32());
        Assert.Equal(2, live.GetProperty("participants").GetInt32());
        Assert.Equal(3, live.GetProperty("votes").GetProperty("governance").GetInt32());
    }

    [Fact]
    public async Task Comment_TooLong_IsRefused_AScriptIsShownAsText_OnThePresenterScreen()
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "Start");
        var phone = await JoinAsync(workshop);

        var tooLong = await CommentAsync(phone, workshop, new string('c', 501));

        Assert.Contains("The comment must be at most 500 characters long.", await ErrorsAsync(tooLong), StringComparison.Ordinal);
        Assert.Equal(0, await _app.InDemoAsync(db => db.WorkshopComments.CountAsync(c => c.WorkshopId == workshop.Id)));

        var hostile = await CommentAsync(phone, workshop, "<script>alert('x')</script> Qui est propriétaire ?");

        Assert.True(hostile.StatusCode == HttpStatusCode.Redirect, hostile.StatusCode == HttpStatusCode.OK ? await ErrorsAsync(hostile) : hostile.StatusCode.ToString());
        Assert.Equal(1, await _app.InDemoAsync(db => db.WorkshopComments.CountAsync(c => c.WorkshopId == workshop.Id)));
        var html = await facilitator.GetStringAsync(workshop.PresentUrl);
        Assert.DoesNotContain("<script>alert('x')", html, StringComparison.Ordinal);
        var present = await facilitator.GetDocumentAsync(workshop.PresentUrl);
        Assert.Contains(present.QuerySelectorAll("[data-live=comments] li"), li => li.TextContent == "<script>alert('x')</script> Qui est propriétaire ?");
    }

    [Fact]
    public async Task Comment_FromADutchPhone_IsRecordedInDutch_AndMarkedAsDutchOnTheFrenchPresenterScreen()
    {
        var facilitator = await _app.SignInAsync(DataStrategy.Data.Demo.DemoSeeder.FacilitatorEmail, language: "fr");
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "Start");
        var dutch = await JoinAsync(workshop, "nl");
        var french = await JoinAsync(workshop, "fr");

        Assert.Equal(HttpStatusCode.Redirect, (await CommentAsync(dutch, workshop, "Wie is de <b>eigenaar</b>?")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CommentAsync(french, workshop, "Qui décide\u00A0?")).StatusCode);

        var stored = await _app.InDemoAsync(db => db.WorkshopComments.Where(c => c.WorkshopId == workshop.Id).ToDictionaryAsync(c => c.Text, c => c.Language));
        Assert.Equal("nl", stored["Wie is de <b>eigenaar</b>?"]);
        Assert.Equal("fr", stored["Qui décide\u00A0?"]);
        var present = await facilitator.GetDocumentAsync(workshop.PresentUrl);
        var items = present.QuerySelectorAll("[data-live=comments] li").ToList();
        Assert.Equal("Wie is de <b>eigenaar</b>?", items.Single(li => li.TextContent.StartsWith("Wie", StringComparison.Ordinal)).QuerySelector("span[lang=nl]")!.TextContent);
        Assert.Null(items.Single(li => li.TextContent.StartsWith("Qui", StringComparison.Ordinal)).QuerySelector("[lang]"));
        Assert.Null(present.QuerySelector("[data-live=comments] b"));
        // The live refresh carries each comment's language for the script to mark it.
        var live = (await LiveAsync(facilitator, workshop)).GetProperty("comments").EnumerateArray().ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("language").GetString());
        Assert.Equal("nl", live["Wie is de <b>eigenaar</b>?"]);
        Assert.Equal("fr", live["Qui décide\u00A0?"]);
    }

    [Theory]
    [InlineData("CloseVoting")]
    [InlineData("End")]
    public async Task Vote_AfterVotingCloses_IsRefused_AndVotesStay(string handler)
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "OpenVoting");
        var phone = await JoinAsync(workshop);
        Assert.Equal(HttpStatusCode.Redirect, (await VoteAsync(phone, workshop, ("governance", "1"))).StatusCode);

        await PresenterAsync(facilitator, workshop, handler);
        var response = await VoteAsync(phone, workshop, ("governance", "3"));

        Assert.Contains("Voting is closed.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal([("governance", 1)], await StoredVotesAsync(workshop));
        var state = JsonDocument.Parse(await phone.GetStringAsync($"/w/{workshop.Code}?handler=State")).RootElement;
        Assert.False(state.GetProperty("votingOpen").GetBoolean());
        if (handler == "End")
        {
            Assert.Equal("Ended", state.GetProperty("status").GetString());
            var page = await phone.GetDocumentAsync("/w/" + workshop.Code);
            Assert.NotNull(page.QuerySelector("[data-testid=ended]"));
        }
    }

    [Fact]
    public async Task State_FollowsThePresentersSlide()
    {
        var facilitator = await _app.FacilitatorAsync();
        var workshop = await CreateWorkshopAsync(facilitator);
        await PresenterAsync(facilitator, workshop, "Start");
        var phone = await JoinAsync(workshop);
        async Task<JsonElement> StateAsync() => JsonDocument.Parse(await phone.GetStringAsync($"/w/{workshop.Code}?handler=State")).RootElement;
        Assert.Equal(0, (await StateAsync()).GetProperty("slide").GetInt32());
        Assert.Equal("Live", (await StateAsync()).GetProperty("status").GetString());

        // "Next" twice: the welcome, the theme chart, then the first finding.
        await PresenterAsync(facilitator, workshop, "Go", index: 1);
        await PresenterAsync(facilitator, workshop, "Go", index: 1);

        Assert.Equal(2, (await StateAsync()).GetProperty("slide").GetInt32());
        var first = await _app.InDemoAsync(db => db.Findings.Where(f => f.Status == FindingStatus.Accepted).OrderBy(f => f.Kind).ThenBy(f => f.Position).FirstAsync());
        var page = await phone.GetDocumentAsync("/w/" + workshop.Code);
        Assert.Equal(first.Text["en"], page.QuerySelector("[data-testid=current-slide] .finding-text")!.TextContent.Trim());

        await PresenterAsync(facilitator, workshop, "Go", new() { ["Slide"] = "9999" });
        var last = (await StateAsync()).GetProperty("slide").GetInt32();
        Assert.Equal(2 + 6 + 1, last); // welcome, themes, six findings, vote, ranking: the last one
    }

    [Fact]
    public async Task DemoWorkshop_HasEnded_AndTakesNoMoreVotes()
    {
        var phone = _app.Anonymous("en");

        var page = await phone.GetDocumentAsync("/w/" + DemoAnalysis.WorkshopCode.ToLowerInvariant());

        Assert.NotNull(page.QuerySelector("[data-testid=ended]"));
        var demo = new Live(await _app.InDemoAsync(db => db.Workshops.Where(w => w.Code == DemoAnalysis.WorkshopCode).Select(w => w.Id).SingleAsync()), DemoAnalysis.WorkshopCode, string.Empty);
        var before = await StoredVotesAsync(demo);
        var vote = await VoteAsync(phone, demo, ("governance", "1"));
        var comment = await phone.PostAsync("/w/" + DemoAnalysis.WorkshopCode + "?handler=Comment", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, ["Comment"] = "Late." }));

        Assert.Contains("Voting is closed.", await ErrorsAsync(vote), StringComparison.Ordinal);
        Assert.Contains("This workshop has ended.", await ErrorsAsync(comment), StringComparison.Ordinal);

        Assert.Equal(before, await StoredVotesAsync(demo));
    }

    [Fact]
    public async Task RateLimit_SixthRapidRequestFromOneDevice_Gets429()
    {
        using var app = new DssApp(settings: new Dictionary<string, string?> { ["Security:WorkshopRequestsPer10Seconds"] = "5" });
        var organisation = await app.DemoOrganisationIdAsync();
        var campaign = await app.DbAsync(db => db.Campaigns.Where(c => c.Name == DataStrategy.Data.Demo.DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync(), organisation);
        await app.DbAsync(
            db =>
            {
                db.Workshops.Add(new Workshop { OrganisationId = organisation, CampaignId = campaign, Title = DataStrategy.Core.Text.LocalizedText.Of(fr: "Limité"), Code = "RATE55", Status = WorkshopStatus.Live, VotingOpen = true });
                return db.SaveChangesAsync();
            },
            organisation);
        var phone = app.Anonymous("en");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/w/RATE55")).StatusCode); // gets the device cookie

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            statuses.Add((await phone.GetAsync("/w/RATE55?handler=State")).StatusCode);
        }

        // Five requests a window: the sixth is refused (later, should a window have just ended).
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.True(statuses.Count >= 6, string.Join(", ", statuses));
        Assert.All(statuses.SkipLast(1), s => Assert.Equal(HttpStatusCode.OK, s));

        // Another device is not held back by the first one.
        var other = app.Anonymous("en");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/w/RATE55")).StatusCode);
    }
}
