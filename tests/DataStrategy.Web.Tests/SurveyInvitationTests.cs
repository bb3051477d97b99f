using System.Globalization;
using System.Net;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Surveys;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace DataStrategy.Web.Tests;

/// <summary>Survey invitations and reminders by e-mail, through a real SMTP listener on loopback.</summary>
public sealed class SurveyInvitationTests
{
    private const string Org = "/o/" + DemoSeeder.Slug;

    internal static Dictionary<string, string?> Smtp(SmtpSink smtp) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "studio@ville-de-demo.example",
    };

    internal sealed record Person(Guid StakeholderId, Guid ResponseId, string Token, string? Email, string? Language, Guid? DepartmentId);

    /// <summary>An open campaign of the demo with personal links for the first <paramref name="count"/> stakeholders (languages and addresses as given).</summary>
    internal static async Task<(Guid Campaign, List<Person> People)> PersonalLinksAsync(DssApp app, params (string? Language, bool Email)[] people)
    {
        var orgId = await app.DemoOrganisationIdAsync();
        return await app.DbAsync(async db =>
        {
            var campaign = await db.Campaigns.OrderBy(c => c.CreatedAt).FirstAsync();
            campaign.Status = CampaignStatus.Collecting;
            var stakeholders = await db.Stakeholders.Where(s => s.ErasedAt == null && s.DepartmentId != null).OrderBy(s => s.Name).Take(people.Length).ToListAsync();
            var result = new List<Person>();
            for (var i = 0; i < people.Length; i++)
            {
                var s = stakeholders[i];
                s.Language = people[i].Language;
                s.Email = people[i].Email ? $"person{i}@ville-de-demo.example" : null;
                var response = new CampaignResponse
                {
                    CampaignId = campaign.Id,
                    Kind = ResponseKind.Survey,
                    Status = ResponseStatus.Planned,
                    StakeholderId = s.Id,
                    DepartmentId = s.DepartmentId,
                    Token = "tok" + i.ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N"),
                    CreatedAt = DateTimeOffset.UtcNow.AddDays(-30),
                };
                db.Responses.Add(response);
                result.Add(new Person(s.Id, response.Id, response.Token, s.Email, s.Language, s.DepartmentId));
            }

            await db.SaveChangesAsync();
            return (campaign.Id, result);
        }, orgId);
    }

    internal static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw.Replace("\n..", "\n.", StringComparison.Ordinal))));

    private static string SurveysUrl(Guid campaign) => $"{Org}/campaigns/{campaign}/surveys";

    [Fact]
    public async Task Invitations_GoOnce_InEachRecipientsLanguage_WithTheirOwnLink()
    {
        await using var smtp = new SmtpSink();
        using var app = new DssApp(settings: Smtp(smtp));
        var (campaign, people) = await PersonalLinksAsync(app, ("fr", true), ("nl", true), ("de", true), (null, false));
        var facilitator = await app.FacilitatorAsync();

        var form = await facilitator.GetFormAsync(SurveysUrl(campaign), "Invite");
        var response = await facilitator.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await facilitator.GetDocumentAsync(response.Location()!);

        Assert.Contains("3 invitations were sent. 1 person has no valid e-mail address", page.Body!.TextContent, StringComparison.Ordinal);
        var messages = smtp.Messages.Select(Parse).ToList();
        Assert.Equal(3, messages.Count);
        foreach (var (person, subject, greeting) in new[] { (people[0], "Enquête\u00a0:", "Bonjour"), (people[1], "Enquête:", "Beste"), (people[2], "Enquête\u00a0:", "Bonjour") })
        {
            var message = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == person.Email);
            Assert.StartsWith(subject, message.Subject, StringComparison.Ordinal);
            Assert.StartsWith(greeting, message.TextBody, StringComparison.Ordinal);
            // German is no interface language: the organisation's default (French) is used, and the link opens the survey in it.
            var language = person.Language == "nl" ? "nl" : "fr";
            Assert.Contains($"/survey/{person.Token}?culture={language}", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(people.Where(p => p != person), p => message.TextBody!.Contains(p.Token, StringComparison.Ordinal));
        }

        // The link works and opens in the recipient's language.
        var respondent = app.Anonymous();
        var survey = await respondent.GetAsync($"/survey/{people[1].Token}?culture=nl");
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
        Assert.Contains("lang=\"nl\"", await survey.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A second click invites nobody again.
        await facilitator.SubmitAsync(await facilitator.GetFormAsync(SurveysUrl(campaign), "Invite"));
        Assert.Equal(3, smtp.Messages.Count);
        var rows = await app.DbAsync(db => db.RespondentMessages.IgnoreQueryFilters().Where(m => m.CampaignId == campaign).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        Assert.Equal(["fr", "fr", "nl"], rows.Select(r => r.Language).Order());
    }

    [Fact]
    public async Task Reminders_GoOnlyToThoseWhoHaveNotAnswered_OnceTheDaysHavePassed()
    {
        await using var smtp = new SmtpSink();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(settings: Smtp(smtp), clock: clock);
        var (campaign, people) = await PersonalLinksAsync(app, ("fr", true), ("nl", true), ("fr", true));
        var facilitator = await app.FacilitatorAsync();
        await facilitator.SubmitAsync(await facilitator.GetFormAsync(SurveysUrl(campaign), "Invite"));
        Assert.Equal(3, smtp.Messages.Count);
        await app.DbAsync(async db =>
        {
            var done = await db.Responses.IgnoreQueryFilters().SingleAsync(r => r.Id == people[0].ResponseId);
            done.Status = ResponseStatus.Completed;
            var started = await db.Responses.IgnoreQueryFilters().SingleAsync(r => r.Id == people[1].ResponseId);
            started.Status = ResponseStatus.InProgress;
            return await db.SaveChangesAsync();
        });

        // Three days later, nobody is due after 7 days: there is no button, and a forged click sends nothing.
        clock.Advance(TimeSpan.FromDays(3));
        facilitator = await app.FacilitatorAsync();
        var early = await facilitator.GetDocumentAsync(SurveysUrl(campaign));
        Assert.Equal("Nobody is due for a reminder.", early.QuerySelector("[data-testid=reminders-due]")!.TextContent);
        var token = early.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await facilitator.PostAsync(SurveysUrl(campaign) + "?handler=Remind", new FormUrlEncodedContent([new("AfterDays", "7"), new("__RequestVerificationToken", token)]));
        Assert.Equal(3, smtp.Messages.Count);

        // Eight days later: the two who have not finished are reminded, in their language; the one who answered is not.
        clock.Advance(TimeSpan.FromDays(5));
        facilitator = await app.FacilitatorAsync();
        var due = await facilitator.GetDocumentAsync(SurveysUrl(campaign));
        Assert.Equal(2, due.QuerySelectorAll("[data-testid=reminders-due] tbody tr").Length);
        var response = await facilitator.SubmitAsync(FormOf(due, SurveysUrl(campaign), "Remind"));
        Assert.Contains("2 reminders were sent.", (await facilitator.GetDocumentAsync(response.Location()!)).Body!.TextContent, StringComparison.Ordinal);
        var reminders = smtp.Messages.Skip(3).Select(Parse).ToList();
        Assert.Equal([people[1].Email, people[2].Email], reminders.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.StartsWith("Herinnering: enquête", reminders.Single(m => m.To.Mailboxes.Single().Address == people[1].Email).Subject, StringComparison.Ordinal);
        Assert.StartsWith("Rappel\u00a0: enquête", reminders.Single(m => m.To.Mailboxes.Single().Address == people[2].Email).Subject, StringComparison.Ordinal);
        Assert.Contains(people[1].Token, reminders.Single(m => m.To.Mailboxes.Single().Address == people[1].Email).TextBody, StringComparison.Ordinal);

        // Right after, nobody is due again.
        token = due.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await facilitator.PostAsync(SurveysUrl(campaign) + "?handler=Remind", new FormUrlEncodedContent([new("AfterDays", "1"), new("__RequestVerificationToken", token)]));
        Assert.Equal(5, smtp.Messages.Count);
    }

    private static HtmlForm FormOf(AngleSharp.Html.Dom.IHtmlDocument doc, string url, string handler) => HttpClientExtensions.FormOf(doc, url, handler);

    [Fact]
    public async Task ThirtyTwoConcurrentClicks_SendEachInvitationAndEachReminderOnce()
    {
        await using var smtp = new SmtpSink();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new DssApp(settings: Smtp(smtp), clock: clock);
        var (campaign, people) = await PersonalLinksAsync(app, ("fr", true), ("nl", true), ("fr", true), ("nl", true));
        var facilitator = await app.FacilitatorAsync();
        var lead = await app.LeadAsync();
        var invite = await facilitator.GetFormAsync(SurveysUrl(campaign), "Invite");
        var leadInvite = await lead.GetFormAsync(SurveysUrl(campaign), "Invite");

        var clicks = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => i % 2 == 0 ? facilitator.SubmitAsync(invite) : lead.SubmitAsync(leadInvite)));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Equal(4, smtp.Messages.Count);
        Assert.Equal(people.Select(p => p.Email).Order(), smtp.Messages.Select(Parse).Select(m => m.To.Mailboxes.Single().Address).Order());

        // Eight days later (signed in again: the sign-in cookie has expired meanwhile).
        clock.Advance(TimeSpan.FromDays(8));
        facilitator = await app.FacilitatorAsync();
        lead = await app.LeadAsync();
        var remind = await facilitator.GetFormAsync(SurveysUrl(campaign), "Remind");
        var leadRemind = await lead.GetFormAsync(SurveysUrl(campaign), "Remind");
        clicks = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => i % 2 == 0 ? facilitator.SubmitAsync(remind) : lead.SubmitAsync(leadRemind)));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Equal(8, smtp.Messages.Count);
        var rows = await app.DbAsync(db => db.RespondentMessages.IgnoreQueryFilters().Where(m => m.CampaignId == campaign).ToListAsync());
        Assert.Equal(8, rows.Count);
        Assert.All(people, p => Assert.Equal([0, 1], rows.Where(r => r.ResponseId == p.ResponseId).Select(r => r.Round).Order()));
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task WithoutAMailServer_ThePageSaysSo_OffersTheCsv_AndSendsNothing()
    {
        using var app = new DssApp();
        var (campaign, people) = await PersonalLinksAsync(app, ("fr", true));
        var facilitator = await app.FacilitatorAsync();

        var page = await facilitator.GetDocumentAsync(SurveysUrl(campaign));

        Assert.NotNull(page.QuerySelector("[data-testid=no-mail-server]"));
        Assert.NotNull(page.QuerySelector("a[href$='handler=Csv']"));
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Invite'], form[action*='handler=Remind']"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await facilitator.PostAsync(SurveysUrl(campaign) + "?handler=Invite", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("No mail server is configured", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.RespondentMessages.IgnoreQueryFilters().CountAsync()));
        var csv = await facilitator.GetStringAsync(SurveysUrl(campaign) + "?handler=Csv");
        Assert.Contains(people[0].Token, csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoSeeder.ViewerEmail)]
    [InlineData(DemoSeeder.ContributorEmail)]
    public async Task ViewersAndContributors_CannotSend_NorSeeAddressesOrRates(string email)
    {
        await using var smtp = new SmtpSink();
        using var app = new DssApp(settings: Smtp(smtp));
        var (campaign, people) = await PersonalLinksAsync(app, ("fr", true));
        var member = await app.SignInAsync(email);
        var home = await member.GetDocumentAsync(Org + "/campaigns/" + campaign);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var handler in new[] { "Invite", "Remind" })
        {
            var post = await member.PostAsync(SurveysUrl(campaign) + "?handler=" + handler, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("AfterDays", "1")]));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        foreach (var url in new[] { SurveysUrl(campaign), SurveysUrl(campaign) + "?handler=Csv", SurveysUrl(campaign) + "?handler=RatesCsv" })
        {
            var get = await member.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            Assert.DoesNotContain(people[0].Email!, await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(people[0].Email!, home.Source.Text, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
    }
}
