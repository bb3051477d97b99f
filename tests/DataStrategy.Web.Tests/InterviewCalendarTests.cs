using System.Net;
using System.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>Interviews as calendar invitations: the .ics download and the METHOD:REQUEST e-mail.</summary>
public sealed class InterviewCalendarTests
{
    private const string Org = "/o/" + DemoSeeder.Slug;

    private const string HostileName = "Zoë; \"Admin\", <script>alert(1)</script>\r\nEND:VEVENT";

    private static readonly DateTimeOffset When = new(2027, 1, 12, 13, 30, 0, TimeSpan.Zero);

    /// <summary>A demo interview, dated, with a Dutch-speaking stakeholder and an interviewer whose names are hostile.</summary>
    private static async Task<(Guid Interview, string Email)> HostileInterviewAsync(DssApp app, string language = "nl")
    {
        var orgId = await app.DemoOrganisationIdAsync();
        return await app.DbAsync(async db =>
        {
            var interview = await db.Responses.Include(r => r.Stakeholder).Where(r => r.Kind == ResponseKind.Interview && r.StakeholderId != null).OrderBy(r => r.Id).FirstAsync();
            interview.ScheduledAt = When;
            (await db.Campaigns.SingleAsync(c => c.Id == interview.CampaignId)).Status = CampaignStatus.Collecting;
            interview.Stakeholder!.Name = HostileName;
            interview.Stakeholder.Language = language;
            interview.Stakeholder.Email = "zoe@ville-de-demo.example";
            var facilitator = await db.Users.SingleAsync(u => u.NormalizedEmail == DemoSeeder.FacilitatorEmail.ToUpperInvariant());
            facilitator.DisplayName = "Fien; \"Facilitator\",\nORGANIZER:mailto:evil@example.com";
            interview.InterviewerId = facilitator.Id;
            await db.SaveChangesAsync();
            return (interview.Id, interview.Stakeholder.Email);
        }, orgId);
    }

    /// <summary>The calendar part of an e-mail, its lines ended by CRLF (the test SMTP sink keeps lines with LF).</summary>
    private static byte[] CalendarOf(MimeKit.MimeMessage message) =>
        Encoding.UTF8.GetBytes(message.BodyParts.OfType<MimeKit.TextPart>().Single(p => p.ContentType.MimeType == "text/calendar").Text
            .Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

    private static Ical.Net.CalendarComponents.CalendarEvent ParseStrictly(byte[] bytes)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
            Assert.DoesNotContain('\n', line);
        }

        return Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
    }

    [Fact]
    public async Task TheIcsDownload_ParsesBack_InTheIntervieweesLanguage_WithHostileNamesKeptInPlace()
    {
        using var app = new DssApp();
        var (id, email) = await HostileInterviewAsync(app);
        var facilitator = await app.FacilitatorAsync();

        var page = await facilitator.GetDocumentAsync($"{Org}/interviews/edit/{id}");
        var href = page.QuerySelector("a[href$='handler=Ics']")!.GetAttribute("href")!;
        Assert.NotNull(page.QuerySelector("[data-testid=no-mail-server]"));
        var response = await facilitator.GetAsync(href);
        var again = await facilitator.GetByteArrayAsync(href);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var e = ParseStrictly(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"interview-{id:N}@localhost", e.Uid);
        Assert.Equal(e.Uid, ParseStrictly(again).Uid);
        Assert.Equal(When.UtcDateTime, e.DtStart!.AsUtc);
        Assert.Equal(When.AddHours(1).UtcDateTime, e.DtEnd!.AsUtc);
        Assert.StartsWith("Interview over datavolwassenheid: ", e.Summary, StringComparison.Ordinal);
        Assert.Contains("wil u graag interviewen", e.Description, StringComparison.Ordinal);
        var attendee = Assert.Single(e.Attendees);
        Assert.Equal("mailto:" + email, attendee.Value!.ToString());
        Assert.Equal("Zoë; 'Admin', <script>alert(1)</script>  END:VEVENT", attendee.CommonName);
        Assert.Equal("mailto:" + DemoSeeder.FacilitatorEmail, e.Organizer!.Value!.ToString());
        Assert.StartsWith("Fien; 'Facilitator',", e.Organizer.CommonName, StringComparison.Ordinal);
        Assert.Contains("Fien; \"Facilitator\",\nORGANIZER:mailto:evil@example.com", e.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInvitationByEmail_IsACalendarRequest_SentOncePerRevision_EvenUnder32Clicks()
    {
        await using var smtp = new SmtpSink();
        using var app = new DssApp(settings: SurveyInvitationTests.Smtp(smtp));
        var (id, email) = await HostileInterviewAsync(app, "fr");
        var facilitator = await app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync($"{Org}/interviews/edit/{id}", "SendInvitation");

        var clicks = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => facilitator.SubmitAsync(form)));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        var message = SurveyInvitationTests.Parse(Assert.Single(smtp.Messages));
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.StartsWith("Entretien sur la maturité des données\u00a0:", message.Subject, StringComparison.Ordinal);
        var calendar = message.BodyParts.OfType<MimeKit.TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal("REQUEST", calendar.ContentType.Parameters["method"]);
        Assert.Contains("METHOD:REQUEST", calendar.Text, StringComparison.Ordinal);
        var first = ParseStrictly(CalendarOf(message));
        Assert.Equal($"interview-{id:N}@localhost", first.Uid);
        Assert.StartsWith("Entretien sur la maturité des données", first.Summary, StringComparison.Ordinal);

        // Moved to another day: the same UID goes again with a greater SEQUENCE.
        var edit = await facilitator.GetFormAsync($"{Org}/interviews/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(edit, new() { ["ScheduledAt"] = "2027-01-19T10:00" })).StatusCode);
        // (SEQUENCE counts seconds since creation: the edit above may fall in the same second as the demo's seeding.)
        await app.DbAsync(async db =>
        {
            var changed = await db.Responses.IgnoreQueryFilters().SingleAsync(r => r.Id == id);
            changed.UpdatedAt = changed.UpdatedAt.AddMinutes(5);
            return await db.SaveChangesAsync();
        });
        await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{Org}/interviews/edit/{id}", "SendInvitation"));
        Assert.Equal(2, smtp.Messages.Count);
        var second = ParseStrictly(CalendarOf(SurveyInvitationTests.Parse(smtp.Messages[1])));
        Assert.Equal(first.Uid, second.Uid);
        Assert.True(second.Sequence > first.Sequence);
    }

    [Theory]
    [InlineData(DemoSeeder.ViewerEmail)]
    [InlineData(DemoSeeder.ContributorEmail)]
    public async Task ViewersAndContributors_CannotDownloadNorSend(string member)
    {
        await using var smtp = new SmtpSink();
        using var app = new DssApp(settings: SurveyInvitationTests.Smtp(smtp));
        var (id, email) = await HostileInterviewAsync(app);
        var client = await app.SignInAsync(member);
        var token = (await client.GetDocumentAsync(Org)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var ics = await client.GetAsync($"{Org}/interviews/edit/{id}?handler=Ics");
        var send = await client.PostAsync($"{Org}/interviews/edit/{id}?handler=SendInvitation", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, ics.StatusCode);
        Assert.DoesNotContain(email, await ics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Empty(smtp.Messages);
    }
}
