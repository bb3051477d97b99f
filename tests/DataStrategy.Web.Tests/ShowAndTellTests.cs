using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>Show &amp; Tell events: planning, agenda, attendees (personal data), the presentation and anonymous feedback.</summary>
public sealed class ShowAndTellTests : IDisposable
{
    private const string Events = "/o/" + DemoSeeder.Slug + "/events";

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> DbAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) => await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private Task<ShowAndTellEvent> DemoEventAsync() => DbAsync(db => db.ShowAndTellEvents.SingleAsync());

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    private async Task<(HttpClient Client, Guid Id)> NewEventAsync()
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(Events);
        var response = await client.SubmitAsync(form, new() { ["Title[fr]"] = "Show & Tell printemps", ["Title[nl]"] = "Show & Tell lente", ["Date"] = "2027-04-15", ["Time"] = "14:30", ["Location[fr]"] = "Salle B" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, Guid.Parse(response.Location()!.Split('/')[^1]));
    }

    [Fact]
    public async Task Demo_HasAPastEventWithSixCaseStudiesAttendeesAndFeedback()
    {
        var (e, agenda, attendees, feedback) = await DbAsync(async db =>
        {
            var ev = await db.ShowAndTellEvents.SingleAsync();
            return (ev, await db.EventAgendaItems.Where(i => i.EventId == ev.Id).ToListAsync(), await db.EventAttendees.CountAsync(a => a.EventId == ev.Id), await db.EventFeedback.CountAsync(f => f.EventId == ev.Id));
        });

        Assert.True(e.HeldAt < DateTimeOffset.UtcNow);
        Assert.Equal(6, agenda.Count(i => i.Kind == AgendaItemKind.CaseStudy));
        Assert.Equal([AgendaItemKind.Assessment, AgendaItemKind.Strategy, AgendaItemKind.Roadmap], agenda.OrderBy(i => i.Position).Take(3).Select(i => i.Kind).ToArray());
        Assert.Equal(24, attendees);
        Assert.Equal(18, feedback);
        Assert.False(e.FeedbackOpen);
    }

    [Fact]
    public async Task EventPage_ShowsAgendaFeedbackSummaryAndComments()
    {
        var lead = await _app.LeadAsync();
        var e = await DemoEventAsync();

        var page = await lead.GetDocumentAsync($"{Events}/{e.Id}");

        Assert.Equal(9, page.QuerySelectorAll("[data-testid=agenda] tbody tr").Length);
        Assert.Contains("18 answers; usefulness 4.2 out of 5 on average.", page.QuerySelector("[data-testid=feedback-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Graag meer tijd voor vragen", page.QuerySelector("[data-testid=feedback-comments]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(e.FeedbackCode, page.QuerySelector("[data-testid=feedback-code]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NewEvent_StartsWithResultsStrategyAndRoadmap()
    {
        var (client, id) = await NewEventAsync();

        var e = await DbAsync(db => db.ShowAndTellEvents.SingleAsync(x => x.Id == id));
        var kinds = await DbAsync(db => db.EventAgendaItems.Where(i => i.EventId == id).OrderBy(i => i.Position).Select(i => i.Kind).ToListAsync());
        Assert.Equal("Show & Tell lente", e.Title.Get("nl"));
        Assert.Equal(6, e.FeedbackCode.Length);
        Assert.True(e.FeedbackOpen);
        Assert.Equal([AgendaItemKind.Assessment, AgendaItemKind.Strategy, AgendaItemKind.Roadmap], kinds.ToArray());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Events}/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("Date", "2027-02-30", "real date")]
    [InlineData("Date", "", "real date")]
    [InlineData("Time", "25:99", "time such as 14:30")]
    [InlineData("Title[fr]", "", "title in at least one language")]
    [InlineData("Location[fr]", "<script>", "")]
    [InlineData("Location[nl]", "<script>", "")]
    [InlineData("Location[nl]", "LONG", "The place must be at most 200 characters long.")]
    public async Task Create_HostileField_IsRefusedOrEscaped_AndNothingSavedWhenRefused(string field, string value, string message)
    {
        var client = await _app.FacilitatorAsync();
        var form = await client.GetFormAsync(Events);
        var values = new Dictionary<string, string> { ["Title[fr]"] = "Titre", ["Date"] = "2027-04-15", ["Time"] = "10:00", [field] = value == "LONG" ? new string('z', 201) : value };
        var before = await DbAsync(db => db.ShowAndTellEvents.CountAsync());

        var response = await client.SubmitAsync(form, values);

        if (message.Length == 0)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var html = await client.GetStringAsync(Events);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
            Assert.Equal(before, await DbAsync(db => db.ShowAndTellEvents.CountAsync()));
        }
    }

    [Fact]
    public async Task AddItem_ACaseStudy_AppearsOnTheAgendaAndInThePresentation()
    {
        var (client, id) = await NewEventAsync();
        var study = await DbAsync(db => db.CaseStudies.SingleAsync(c => c.Slug == "capteurs-stationnement"));
        var form = await client.GetFormAsync($"{Events}/{id}", "AddItem");

        var response = await client.SubmitAsync(form, new() { ["Kind"] = "CaseStudy", ["CaseStudyId"] = study.Id.ToString(), ["Presenter"] = "Sarah Maes", ["Minutes"] = "12" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slide = await client.GetDocumentAsync($"{Events}/{id}/present?slide=4");
        Assert.Equal("Sensors to find a parking space faster", slide.QuerySelector("#slide-h")!.TextContent);
        Assert.Contains("−18 %", slide.QuerySelector("[data-testid=slide]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Slide 5 of 6", slide.QuerySelector("[data-testid=slide-count]")!.TextContent);
        Assert.NotNull(slide.QuerySelector("a[rel=prev]"));
    }

    [Theory]
    [InlineData("Kind", "999", "Choose what the item presents")]
    [InlineData("Kind", "Nonsense", "Choose what the item presents")]
    [InlineData("CaseStudyId", "not-a-guid", "Choose a case study from the list")]
    [InlineData("Minutes", "-5", "whole minutes between 1 and 240")]
    [InlineData("Minutes", "1e9", "whole minutes between 1 and 240")]
    [InlineData("Presenter", "x", "")]
    public async Task AddItem_HostileField_IsRefused_AndTheAgendaUnchanged(string field, string value, string message)
    {
        var (client, id) = await NewEventAsync();
        var form = await client.GetFormAsync($"{Events}/{id}", "AddItem");
        var values = new Dictionary<string, string> { ["Kind"] = "CaseStudy", ["CaseStudyId"] = (await DbAsync(db => db.CaseStudies.Select(c => c.Id).FirstAsync())).ToString(), ["Minutes"] = "10", [field] = value };
        if (message.Length == 0)
        {
            values["Presenter"] = new string('p', 201);
            message = "presenter's name must be at most 200";
        }

        var response = await client.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(3, await DbAsync(db => db.EventAgendaItems.CountAsync(i => i.EventId == id)));
    }

    [Fact]
    public async Task AddItem_AnotherOrganisationsCaseStudy_IsRefused()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var (client, id) = await NewEventAsync();
        var form = await client.GetFormAsync($"{Events}/{id}", "AddItem");

        var response = await client.SubmitAsync(form, new() { ["Kind"] = "CaseStudy", ["CaseStudyId"] = b.CaseStudyId.ToString(), ["Minutes"] = "10" });

        Assert.Contains("Choose a case study from the list", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(3, await DbAsync(db => db.EventAgendaItems.CountAsync(i => i.EventId == id)));
    }

    [Fact]
    public async Task Attendees_ReplacedFromLines_ThenErased()
    {
        var (client, id) = await NewEventAsync();
        var form = await client.GetFormAsync($"{Events}/{id}", "Attendees");

        var saved = await client.SubmitAsync(form, new() { ["AttendeeList"] = "Anne Dupuis; Urbanisme\n\n  Jan Peeters  \n=HYPERLINK(\"x\");Evil" });
        var rows = await DbAsync(db => db.EventAttendees.Where(a => a.EventId == id).OrderBy(a => a.Name).ToListAsync());
        var erase = await client.GetFormAsync($"{Events}/{id}", "EraseAttendees");
        var erased = await client.SubmitAsync(erase);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([("=HYPERLINK(\"x\")", "Evil"), ("Anne Dupuis", "Urbanisme"), ("Jan Peeters", "")], rows.Select(r => (r.Name, r.Affiliation)).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal(0, await DbAsync(db => db.EventAttendees.CountAsync(a => a.EventId == id)));
    }

    [Fact]
    public async Task Attendees_ALineTooLong_RefusesTheWholeList()
    {
        var (client, id) = await NewEventAsync();
        var form = await client.GetFormAsync($"{Events}/{id}", "Attendees");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, new() { ["AttendeeList"] = "Kept Person" })).StatusCode);

        var response = await client.SubmitAsync(form, new() { ["AttendeeList"] = "New Person\n" + new string('n', 201) });

        Assert.Contains("Line 2", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(["Kept Person"], await DbAsync(db => db.EventAttendees.Where(a => a.EventId == id).Select(a => a.Name).ToListAsync()));
    }

    [Fact]
    public async Task Feedback_AnonymousAnswer_IsCountedOnce_AndShownEscaped()
    {
        var (client, id) = await NewEventAsync();
        var study = await DbAsync(db => db.CaseStudies.SingleAsync(c => c.Slug == "capteurs-stationnement"));
        var add = await client.GetFormAsync($"{Events}/{id}", "AddItem");
        await client.SubmitAsync(add, new() { ["Kind"] = "CaseStudy", ["CaseStudyId"] = study.Id.ToString(), ["Minutes"] = "10" });
        var code = (await DbAsync(db => db.ShowAndTellEvents.SingleAsync(e => e.Id == id))).FeedbackCode;
        var attendee = _app.Anonymous("nl");
        var form = await attendee.GetFormAsync("/f/" + code.ToLowerInvariant());

        var first = await attendee.SubmitAsync(form, new() { ["Usefulness"] = "4", ["Favourite"] = study.Id.ToString(), ["Comment"] = "<script>alert(1)</script> goed" });
        var second = await attendee.SubmitAsync(form, new() { ["Usefulness"] = "1" });

        Assert.NotNull((await first.ParseAsync()).QuerySelector("[data-testid=feedback-thanks]"));
        Assert.NotNull((await second.ParseAsync()).QuerySelector("[data-testid=feedback-already]"));
        var stored = Assert.Single(await DbAsync(db => db.EventFeedback.Where(f => f.EventId == id).ToListAsync()));
        Assert.Equal((4, study.Id), (stored.Usefulness, stored.FavouriteCaseStudyId!.Value));
        var results = await client.GetStringAsync($"{Events}/{id}");
        Assert.DoesNotContain("<script>alert(1)</script>", results, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; goed", results, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Usefulness", "7", "from 1 to 5")]
    [InlineData("Usefulness", "", "from 1 to 5")]
    [InlineData("Favourite", "00000000-0000-0000-0000-000000000001", "case study from the list")]
    [InlineData("Comment", "long", "at most 1000 characters")]
    public async Task Feedback_HostileAnswer_IsRefused_AndNothingStored(string field, string value, string message)
    {
        var (_, id) = await NewEventAsync();
        var code = (await DbAsync(db => db.ShowAndTellEvents.SingleAsync(e => e.Id == id))).FeedbackCode;
        var attendee = _app.Anonymous();
        var form = await attendee.GetFormAsync("/f/" + code);
        var values = new Dictionary<string, string> { ["Usefulness"] = "3", [field] = value == "long" ? new string('c', 1001) : value };

        var response = await attendee.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(db => db.EventFeedback.CountAsync(f => f.EventId == id)));
    }

    [Fact]
    public async Task Feedback_ClosedEvent_TakesNothing()
    {
        var e = await DemoEventAsync();
        var attendee = _app.Anonymous();
        var page = await attendee.GetDocumentAsync("/f/" + e.FeedbackCode);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await attendee.GetDocumentAsync("/f")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await attendee.PostAsync("/f/" + e.FeedbackCode, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Usefulness"] = "5" }));

        Assert.NotNull(page.QuerySelector("[data-testid=feedback-closed]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(18, await DbAsync(db => db.EventFeedback.CountAsync(f => f.EventId == e.Id)));
    }

    [Theory]
    [InlineData("/f/ZZZZZZ")]
    [InlineData("/f/abc")]
    [InlineData("/f/%3Cscript%3E")]
    public async Task Feedback_UnknownCode_IsNotFound(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Present_EverySlideOfTheDemoEvent_Renders()
    {
        var lead = await _app.LeadAsync();
        var e = await DemoEventAsync();

        var titles = new List<string>();
        for (var n = 0; n < 11; n++)
        {
            var page = await lead.GetDocumentAsync($"{Events}/{e.Id}/present?slide={n}");
            titles.Add(page.QuerySelector("#slide-h")!.TextContent);
        }

        Assert.Equal("Data Show & Tell 2026", titles[0]);
        Assert.Equal("Where we stand: the maturity assessment", titles[1]);
        Assert.Equal("Strategy highlights", titles[2]);
        Assert.Equal("The roadmap so far", titles[3]);
        Assert.Equal("Thank you", titles[10]);
        Assert.Equal(6, titles.Skip(4).Take(6).Distinct().Count());
        Assert.Equal("Slide 11 of 11", (await lead.GetDocumentAsync($"{Events}/{e.Id}/present?slide=99")).QuerySelector("[data-testid=slide-count]")!.TextContent);
    }
}
