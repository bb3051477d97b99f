using System.Globalization;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Surveys;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

public sealed class SurveyResponseRateTests
{
    private const string Org = "/o/" + DemoSeeder.Slug;

    [Fact]
    public async Task RatesPerDepartment_MatchTheResponses_OnThePage_InTheService_AndInTheCsv()
    {
        using var app = new DssApp();
        var orgId = await app.DemoOrganisationIdAsync();
        var statuses = new[] { ResponseStatus.Completed, ResponseStatus.Planned, ResponseStatus.InProgress, ResponseStatus.Completed, ResponseStatus.Cancelled, ResponseStatus.Completed, ResponseStatus.Planned };
        var (campaign, people) = await SurveyInvitationTests.PersonalLinksAsync(app, statuses.Select(_ => ((string?)"fr", true)).ToArray());
        // Hostile department name: the CSV must not let a spreadsheet run it.
        var hostileDepartment = people[0].DepartmentId!.Value;
        await app.DbAsync(async db =>
        {
            for (var i = 0; i < people.Count; i++)
            {
                var responseId = people[i].ResponseId;
                var r = await db.Responses.SingleAsync(x => x.Id == responseId);
                r.Status = statuses[i];
            }

            // A person without a department, and two answers through an open link in the first department.
            var lonerId = people[^1].ResponseId;
            var loner = await db.Responses.SingleAsync(x => x.Id == lonerId);
            loner.DepartmentId = null;
            var link = new SurveyLink { CampaignId = campaign, Label = LocalizedText.Of(fr: "Groupe"), Token = "open-" + Guid.NewGuid().ToString("N") };
            db.SurveyLinks.Add(link);
            for (var i = 0; i < 2; i++)
            {
                db.Responses.Add(new CampaignResponse { CampaignId = campaign, Kind = ResponseKind.Survey, Status = ResponseStatus.Completed, SurveyLinkId = link.Id, DepartmentId = hostileDepartment, Token = "o" + i + Guid.NewGuid().ToString("N") });
            }

            (await db.Departments.SingleAsync(d => d.Id == hostileDepartment)).Name = LocalizedText.Of(fr: "=HYPERLINK(\"http://evil.example\",\"x\")", nl: "@SUM(1+1)");
            return await db.SaveChangesAsync();
        }, orgId);

        // The expected figures, counted here from the rows themselves.
        int openTotal = 0, openInHostile = 0;
        var expected = await app.DbAsync(async db =>
        {
            var personal = await db.Responses.Where(r => r.CampaignId == campaign && r.Kind == ResponseKind.Survey && r.SurveyLinkId == null && r.Token != null && r.Status != ResponseStatus.Cancelled).ToListAsync();
            var open = await db.Responses.Where(r => r.CampaignId == campaign && r.Kind == ResponseKind.Survey && r.SurveyLinkId != null && r.Status == ResponseStatus.Completed).ToListAsync();
            openTotal = open.Count;
            openInHostile = open.Count(r => r.DepartmentId == hostileDepartment);
            return personal.GroupBy(r => r.DepartmentId).ToDictionary(g => g.Key ?? Guid.Empty, g => (Invited: g.Count(), Responded: g.Count(r => r.Status == ResponseStatus.Completed), Started: g.Count(r => r.Status == ResponseStatus.InProgress)));
        }, orgId);
        var report = (await app.DbAsync(db => SurveyResponseRates.ComputeAsync(db, campaign), orgId))!;

        foreach (var (department, figures) in expected)
        {
            var row = Assert.Single(report.Departments, d => (d.DepartmentId ?? Guid.Empty) == department);
            Assert.Equal(figures, (row.Invited, row.Responded, row.Started));
        }

        var invited = expected.Values.Sum(f => f.Invited);
        var responded = expected.Values.Sum(f => f.Responded);
        var started = expected.Values.Sum(f => f.Started);
        Assert.Equal(6, invited);
        Assert.Equal(3, responded);
        Assert.Equal((invited, responded, started), (report.Total.Invited, report.Total.Responded, report.Total.Started));
        Assert.Equal(0.5, report.Total.Rate);
        Assert.Equal(openTotal, report.Total.OpenLinkResponses);
        Assert.Equal(openInHostile, report.Departments.Single(d => d.DepartmentId == hostileDepartment).OpenLinkResponses);
        // Who still has to answer: the planned and started ones, never the completed or cancelled.
        Assert.Equal(new[] { people[1], people[2], people[6] }.Select(p => p.ResponseId).Order(), report.Pending.Select(p => p.ResponseId).Order());
        Assert.True(report.Departments.Where(d => d.Invited == 0).All(d => d.Responded == 0 && d.Rate is null));

        var facilitator = await app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync($"{Org}/campaigns/{campaign}/surveys");
        var total = page.QuerySelector("[data-testid=response-rates] tfoot tr")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["6", "3", "1", "3", "50%", openTotal.ToString(CultureInfo.InvariantCulture)], total.Select(t => t.Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(report.Departments.Count, page.QuerySelectorAll("[data-testid=response-rates] tbody tr").Length);

        var french = await app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");
        var csv = await french.GetStringAsync($"{Org}/campaigns/{campaign}/surveys?handler=RatesCsv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Code;Service;Invités;Ont répondu", lines[0], StringComparison.Ordinal);
        Assert.Equal(report.Departments.Count + 2, lines.Length);
        Assert.Contains(lines, l => l.Contains("'=HYPERLINK", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Split(';').Any(c => c.TrimStart('"').StartsWith('=')));
        Assert.EndsWith(";Total;6;3;1;3;50,0;" + openTotal.ToString(CultureInfo.InvariantCulture), lines[^1], StringComparison.Ordinal);
    }
}
