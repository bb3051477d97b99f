using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>The assessment forms fed wrong types, forged IDs, oversized and hostile values: a clear message, nothing changed.</summary>
public sealed class AssessmentFormHostileInputTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> InDemoAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) =>
        await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    [Theory]
    [InlineData("Name[fr]", "", "Enter the name in French.")]
    [InlineData("Name[nl]", "", "Enter the name in Dutch.")]
    [InlineData("Name[nl]", "<script>alert(1)</script>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Name in Dutch must be at most 200 characters")]
    [InlineData("FrameworkId", "00000000-0000-0000-0000-000000000001", "Choose a framework.")]
    [InlineData("FrameworkId", "'; DROP TABLE Campaigns; --", "Choose a framework.")]
    [InlineData("Status", "Bogus", "is not valid")]
    [InlineData("EndsOn", "2020-01-01", "The end date must not be before the start date.")]
    [InlineData("DepartmentIds", "00000000-0000-0000-0000-000000000002", "Choose departments from the list.")]
    [InlineData("Targets[ethics]", "9", "Choose target levels from the list.")]
    [InlineData("Targets[no-such-theme]", "2", "Choose target levels from the list.")]
    public async Task CampaignEdit_BadInput_IsRefused_AndChangesNothing(string field, string value, string message)
    {
        var lead = await _app.LeadAsync();
        var campaign = await InDemoAsync(db => db.Campaigns.SingleAsync(c => c.Name == DemoAssessment.CampaignNames));
        var form = await lead.GetFormAsync($"{Org}/campaigns/edit/{campaign.Id}");

        var response = await lead.SubmitAsync(form, new() { [field] = value, ["StartsOn"] = field == "EndsOn" ? "2026-03-01" : "2026-03-02" });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        var after = await InDemoAsync(db => db.Campaigns.SingleAsync(c => c.Name == DemoAssessment.CampaignNames));
        Assert.Equal((campaign.Name, campaign.Version, campaign.TargetLevels), (after.Name, after.Version, after.TargetLevels));
    }

    [Theory]
    [InlineData("StakeholderId", "00000000-0000-0000-0000-000000000003", "Choose the stakeholder to interview.")]
    [InlineData("StakeholderId", "not-a-guid", "Choose the stakeholder to interview.")]
    [InlineData("InterviewerId", "someone-else", "Choose an interviewer from the list.")]
    [InlineData("Status", "7", "is not valid")]
    [InlineData("ScheduledAt", "next tuesday", "is not valid")]
    public async Task InterviewPlan_BadInput_IsRefused_AndCreatesNothing(string field, string value, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());
        var before = await InDemoAsync(db => db.Responses.CountAsync());
        var free = await InDemoAsync(db => db.Stakeholders.Select(s => s.Id).FirstAsync());
        var form = await facilitator.GetFormAsync($"{Org}/interviews/edit?campaign={campaign}");

        var response = await facilitator.SubmitAsync(form, new() { ["StakeholderId"] = free.ToString(), [field] = value });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Responses.CountAsync()));
    }

    [Fact]
    public async Task InterviewPlan_StakeholderOfAnotherOrganisation_IsRefused()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());
        var form = await facilitator.GetFormAsync($"{Org}/interviews/edit?campaign={campaign}");

        var response = await facilitator.SubmitAsync(form, new() { ["StakeholderId"] = b.StakeholderId.ToString() });

        Assert.Contains("Choose the stakeholder to interview.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await InDemoAsync(db => db.Responses.CountAsync(r => r.StakeholderId == b.StakeholderId)));
    }

    [Theory]
    [InlineData("", "Give the link a label in French.")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Label in French must be at most 200 characters")]
    public async Task OpenLink_BadLabel_IsRefused(string label, string message)
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());
        var before = await InDemoAsync(db => db.SurveyLinks.CountAsync());

        var response = await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/surveys", "Open"), new() { ["Label[fr]"] = label, ["Label[nl]"] = "Iedereen" });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.SurveyLinks.CountAsync()));
    }

    [Fact]
    public async Task PersonalLinks_ForgedStakeholder_IsRefused()
    {
        var facilitator = await _app.FacilitatorAsync();
        var campaign = await InDemoAsync(db => db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync());
        var before = await InDemoAsync(db => db.Responses.CountAsync());
        var form = await facilitator.GetFormAsync($"{Org}/campaigns/{campaign}/surveys", "Personal");

        var response = await facilitator.SubmitAsync(form, new() { ["StakeholderIds"] = Guid.NewGuid().ToString() });

        Assert.Contains("Choose stakeholders from the list.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Responses.CountAsync()));
    }

    [Fact]
    public async Task OpenSurveyStart_OversizedNameAndForgedDepartment_AreRefused()
    {
        var lead = await _app.LeadAsync();
        var campaign = await InDemoAsync(db => db.Campaigns.SingleAsync(c => c.Name == DemoAssessment.CampaignNames));
        var edit = await lead.GetFormAsync($"{Org}/campaigns/edit/{campaign.Id}");
        await lead.SubmitAsync(edit, new() { ["Status"] = "Collecting" });
        var facilitator = await _app.FacilitatorAsync();
        await facilitator.SubmitAsync(await facilitator.GetFormAsync($"{Org}/campaigns/{campaign.Id}/surveys", "Open"), new() { ["Label[fr]"] = "Tous", ["Label[nl]"] = "Iedereen" });
        var token = await InDemoAsync(db => db.SurveyLinks.Where(l => l.IsActive).Select(l => l.Token).SingleAsync());
        var before = await InDemoAsync(db => db.Responses.CountAsync());
        var anonymous = _app.Anonymous();

        var longName = await anonymous.SubmitAsync(await anonymous.GetFormAsync("/survey/open/" + token), new() { ["Name"] = new string('x', 201) });
        var forged = await anonymous.SubmitAsync(await anonymous.GetFormAsync("/survey/open/" + token), new() { ["DepartmentId"] = Guid.NewGuid().ToString() });

        Assert.Contains("at most 200 characters", await ErrorsAsync(longName), StringComparison.Ordinal);
        Assert.Contains("Choose a department from the list.", await ErrorsAsync(forged), StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Responses.CountAsync()));
    }

    [Fact]
    public async Task SurveyPage_ForgedLevelAndHugeComment_AreRefused()
    {
        var token = await InDemoAsync(db => db.Responses.Where(r => r.Kind == ResponseKind.Survey && r.Status == ResponseStatus.InProgress).Select(r => r.Token!).FirstAsync());
        var campaign = await InDemoAsync(db => db.Campaigns.SingleAsync(c => c.Name == DemoAssessment.CampaignNames));
        var lead = await _app.LeadAsync();
        await lead.SubmitAsync(await lead.GetFormAsync($"{Org}/campaigns/edit/{campaign.Id}"), new() { ["Status"] = "Collecting" });
        var before = await InDemoAsync(db => db.Answers.Select(a => a.UpdatedAt).MaxAsync());
        var anonymous = _app.Anonymous();
        var form = await anonymous.GetFormAsync("/survey/" + token + "?theme=leadership");

        var level = await anonymous.SubmitAsync(form, new() { ["A[0].Level"] = "<b>6</b>", ["go"] = "next" });
        var comment = await anonymous.SubmitAsync(form, new() { ["A[0].Level"] = "2", ["A[0].Evidence"] = new string('y', 4001), ["go"] = "next" });

        Assert.Contains("choose a level from the list", await ErrorsAsync(level), StringComparison.Ordinal);
        Assert.Contains("longer than 4000 characters", await ErrorsAsync(comment), StringComparison.Ordinal);
        Assert.Equal(before, await InDemoAsync(db => db.Answers.Select(a => a.UpdatedAt).MaxAsync()));
    }
}
