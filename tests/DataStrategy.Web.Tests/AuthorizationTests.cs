using System.Net;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Enumerates every endpoint the app maps (so new pages are covered without editing this file)
/// and checks anonymous access, organisation isolation and the permission table for each role.
/// </summary>
public sealed class AuthorizationTests : IDisposable
{
    // Pages outside /o/{org}: each is here on purpose. A new one fails the test until it is reviewed.
    private static readonly HashSet<string> ReviewedGlobalPages =
    [
        "", "error/{code:int?}", "language", "account/login", "account/logout", "account/external",
        "account/invitation/{token}", "setup", "organisations/new",
        // A set-password link: no account signed in by design; the Identity token in the link chooses the account.
        "account/set-password",
        // One's own password: signed in, no organisation involved; it changes only the signed-in account.
        "account/password",
        // Survey pages: no account by design; the unguessable token chooses the organisation.
        "survey/{token}", "survey/open/{token}",
        // Workshop participants: no account by design; the workshop's join code chooses the organisation.
        "w", "w/{code}",
        // The public page: only a published strategy version and the organisation's logo, never a draft or a person's name.
        "p/{org}", "p/{org}/logo",
        // The public site's case studies: published ones only, never contacts or drafts (PublicSiteTests crawls it).
        "p/{org}/case-studies", "p/{org}/case-studies/{slug}", "p/{org}/case-studies/feed.atom", "p/{org}/images/{imageId:guid}/{size}", "p/{org}/open-data/{file?}",
        // The public datasets and their DCAT-AP catalogue: published datasets with the access right PUBLIC only, never
        // owner, steward, source system or record of processing (CatalogueTests, UnpublishedOrganisationTests).
        "p/{org}/datasets", "p/{org}/datasets/{slug}", "p/{org}/catalogue.{format}",
        // Show & Tell feedback: no account by design; the event's code chooses the organisation.
        "f", "f/{code}",
    ];

    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void EveryEndpoint_IsOrganisationScopedWithAPermission_OrReviewed()
    {
        var cases = EndpointCatalog.All(_app.Services);

        Assert.True(cases.Count > 20, $"only {cases.Count} endpoints found");
        foreach (var c in cases)
        {
            if (c.IsOrganisationScoped)
            {
                Assert.True(c.Permission is not null, $"{c} has no [RequirePermission]");
                Assert.False(c.Anonymous, $"{c} allows anonymous access");
            }
            else
            {
                Assert.Contains(c.Template, ReviewedGlobalPages);
            }
        }
    }

    [Fact]
    public async Task Anonymous_EveryProtectedEndpoint_IsSentToLogin()
    {
        var cases = EndpointCatalog.All(_app.Services).Where(c => !c.Anonymous).ToList();
        var ids = await DemoIdsAsync();
        var client = _app.Anonymous();

        foreach (var c in cases)
        {
            var url = c.Url(DemoSeeder.Slug, ids);
            var response = c.Verb == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, new FormUrlEncodedContent([]));
            if (url.EndsWith("?handler=Field", StringComparison.Ordinal))
            {
                // Autosave answers its script in JSON: 401, which the page turns into "sign in again" (issue 17).
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized && response.Content.Headers.ContentType?.MediaType == "application/json", $"{c}: {(int)response.StatusCode}");
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{c}: {(int)response.StatusCode}");
            Assert.StartsWith("http://localhost/account/login", response.Location(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(MemberRole.Contributor)]
    [InlineData(MemberRole.Facilitator)]
    [InlineData(MemberRole.Administrator)]
    public async Task EachRole_CanDoExactlyWhatThePermissionTableAllows(MemberRole role)
    {
        var email = DemoSeeder.DemoUsers.Single(u => u.Role == role).Email;
        var client = await _app.SignInAsync(email);
        var token = await AntiforgeryTokenAsync(client);
        var ids = await DemoIdsAsync();
        var cases = EndpointCatalog.All(_app.Services).Where(c => c.IsOrganisationScoped).OrderBy(c => c.Verb == "POST").ToList();
        // The demo designates one member as data protection officer: the records of processing follow the designation.
        var dpo = await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.User!.Email == email && m.DataProtectionOfficer));

        foreach (var c in cases)
        {
            var url = c.Url(DemoSeeder.Slug, ids);
            var allowed = PermissionTable.Allows(role, dpo, c.Permission!.Value);
            var response = c.Verb == "GET"
                ? await client.GetAsync(url)
                : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            var status = (int)response.StatusCode;

            if (allowed)
            {
                Assert.True(status != 403 && status < 500, $"{role} {c}: expected access, got {status}");
                if (c.Verb == "GET")
                {
                    Assert.True(status is 200 or 302, $"{role} {c}: {status}");
                }
            }
            else
            {
                Assert.True(status == 403, $"{role} {c}: expected 403, got {status}");
            }
        }
    }

    [Fact]
    public async Task MemberOfA_EveryEndpointOfB_AnswersNotFound_AndChangesNothing()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var client = await _app.LeadAsync();
        var token = await AntiforgeryTokenAsync(client);
        var cases = EndpointCatalog.All(_app.Services).Where(c => c.IsOrganisationScoped).ToList();

        foreach (var c in cases)
        {
            var url = c.Url(b.Slug, b.Ids);
            var response = c.Verb == "GET"
                ? await client.GetAsync(url)
                : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["id"] = b.MembershipId.ToString(),
                    ["Name"] = "Overwritten",
                }));

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{c} on B: {(int)response.StatusCode}");
            Assert.DoesNotContain(b.StakeholderName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await AssertBUnchangedAsync(b);
    }

    [Fact]
    public async Task MemberOfA_GuessingIdsOfBUnderOwnOrganisation_AnswersNotFound_AndChangesNothing()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var client = await _app.LeadAsync();
        var token = await AntiforgeryTokenAsync(client);
        var withIds = EndpointCatalog.All(_app.Services).Where(c => c.IsOrganisationScoped && c.Template.Contains("{id", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withIds);

        foreach (var c in withIds)
        {
            var url = c.Url(DemoSeeder.Slug, b.Ids);
            var response = c.Verb == "GET"
                ? await client.GetAsync(url)
                : await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Name"] = "Overwritten",
                    ["Code"] = "HACK",
                    ["Name[fr]"] = "x",
                    ["Name[nl]"] = "x",
                }));

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{c} with B's id: {(int)response.StatusCode}");
        }

        // Ids of B's member and invitation posted through A's member page.
        foreach (var handler in new[] { "Role", "Remove", "Revoke" })
        {
            var response = await client.PostAsync($"/o/{DemoSeeder.Slug}/members?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["id"] = handler == "Revoke" ? b.InvitationId.ToString() : b.MembershipId.ToString(),
                ["role"] = "Viewer",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await AssertBUnchangedAsync(b);
    }

    [Fact]
    public async Task MemberOfA_Exports_ContainNothingOfB()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var client = await _app.LeadAsync();

        var csv = await client.GetStringAsync($"/o/{DemoSeeder.Slug}/stakeholders/export?format=csv");
        var audit = await client.GetStringAsync($"/o/{DemoSeeder.Slug}/audit?handler=Csv");
        var list = await client.GetStringAsync($"/o/{DemoSeeder.Slug}/stakeholders?q=Geheim");

        Assert.Contains("Sophie Lambert", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(b.StakeholderName, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(b.StakeholderId.ToString(), audit, StringComparison.Ordinal);
        Assert.DoesNotContain(b.StakeholderName, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonSystemAdministrator_CannotCreateOrganisations()
    {
        var client = await _app.FacilitatorAsync();
        var token = await AntiforgeryTokenAsync(client);

        var get = await client.GetAsync("/organisations/new");
        var post = await client.PostAsync("/organisations/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Name[fr]"] = "Pirate",
            ["Form.Name[nl]"] = "Piraat",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await _app.DbAsync(db => db.Organisations.AnyAsync(o => o.Slug == "pirate")));
    }

    private async Task AssertBUnchangedAsync(SecondOrganisation b)
    {
        var state = await _app.DbAsync(async db => new
        {
            Stakeholder = await db.Stakeholders.SingleAsync(s => s.Id == b.StakeholderId),
            Department = await db.Departments.SingleOrDefaultAsync(d => d.Id == b.DepartmentId),
            Member = await db.Memberships.SingleOrDefaultAsync(m => m.Id == b.MembershipId),
            Invitation = await db.Invitations.SingleAsync(i => i.Id == b.InvitationId),
            Campaign = await db.Campaigns.SingleAsync(c => c.Id == b.CampaignId),
            Interview = await db.Responses.SingleAsync(r => r.Id == b.InterviewId),
            Answers = await db.Answers.CountAsync(a => a.ResponseId == b.InterviewId),
            Notes = await db.EvidenceNotes.CountAsync(),
            Frameworks = await db.Frameworks.CountAsync(),
            Findings = await db.Findings.ToListAsync(),
            Workshop = await db.Workshops.SingleAsync(w => w.Id == b.WorkshopId),
            Votes = await db.WorkshopVotes.CountAsync(),
            Priorities = await db.ThemePriorities.CountAsync(),
            Rule = await db.Frameworks.Select(f => f.RollUpRule).SingleAsync(),
            CaseStudy = await db.CaseStudies.SingleAsync(c => c.Id == b.CaseStudyId),
            Event = await db.ShowAndTellEvents.SingleAsync(e => e.Id == b.EventId),
            EventRows = await db.EventAgendaItems.CountAsync() + await db.EventAttendees.CountAsync() + await db.EventFeedback.CountAsync(),
            Images = await db.CaseStudyImages.CountAsync(),
        }, b.Id);
        Assert.Equal(SecondOrganisation.CaseStudyTitle, state.CaseStudy.Title.Get("fr"));
        Assert.Equal(CaseStudyStatus.Draft, state.CaseStudy.Status);
        Assert.Equal(1, state.Images);
        Assert.Equal("Événement secret B", state.Event.Title.Get("fr"));
        Assert.True(state.Event.FeedbackOpen);
        Assert.Equal(2, state.EventRows);
        Assert.Equal(SecondOrganisation.FindingText, Assert.Single(state.Findings).Text.Get("fr"));
        Assert.Equal(WorkshopStatus.Live, state.Workshop.Status);
        Assert.Equal(0, state.Workshop.CurrentSlide);
        Assert.True(state.Workshop.VotingOpen);
        Assert.Equal(0, state.Votes);
        Assert.Equal(0, state.Priorities);
        Assert.Equal("mean", state.Rule);
        Assert.Equal(SecondOrganisation.CampaignName, state.Campaign.Name.Get("fr"));
        Assert.Equal(CampaignStatus.Planning, state.Campaign.Status);
        Assert.Equal(ResponseStatus.Planned, state.Interview.Status);
        Assert.Equal(b.StakeholderId, state.Interview.StakeholderId);
        Assert.Equal(1, state.Answers);
        Assert.Equal(0, state.Notes);
        Assert.Equal(1, state.Frameworks);
        Assert.Equal(b.StakeholderName, state.Stakeholder.Name);
        Assert.Null(state.Stakeholder.ErasedAt);
        Assert.NotNull(state.Department);
        Assert.Equal(MemberRole.Administrator, state.Member?.Role);
        Assert.Null(state.Invitation.RevokedAt);
    }

    private async Task<EndpointIds> DemoIdsAsync()
    {
        var org = await _app.DemoOrganisationIdAsync();
        var dataset = await DatasetRegisterTests.EnsureDatasetAsync(_app, org, "endpoint-dataset", d => d.PersonalData = true);
        return await _app.DbAsync(async db => new EndpointIds(
            await db.Departments.Where(d => d.Code == "URB").Select(d => d.Id).SingleAsync(),
            await db.Stakeholders.Where(s => s.Email == "sophie.lambert@ville-de-demo.example").Select(s => s.Id).SingleAsync(),
            await db.Frameworks.Select(f => f.Id).FirstAsync(),
            await db.Campaigns.Select(c => c.Id).FirstAsync(),
            await db.Responses.Where(r => r.Kind == ResponseKind.Interview).Select(r => r.Id).FirstAsync(),
            await db.Findings.Select(f => f.Id).FirstAsync(),
            await db.Workshops.Select(w => w.Id).FirstAsync(),
            await db.WorkingSessions.Select(w => w.Id).FirstAsync(),
            await db.StrategyItems.Select(i => i.Id).FirstAsync(),
            await db.Initiatives.OrderBy(i => i.Code).Select(i => i.Id).FirstAsync(),
            await db.Kpis.OrderBy(k => k.Position).Select(k => k.Id).FirstAsync(),
            await db.CaseStudies.Where(c => c.Slug == DemoCaseStudies.DraftSlug).Select(c => c.Id).SingleAsync(),
            await db.CaseStudyImages.Where(i => db.CaseStudies.Any(c => c.Id == i.CaseStudyId && c.Slug == DemoCaseStudies.DraftSlug)).Select(i => i.Id).FirstAsync(),
            await db.ShowAndTellEvents.Select(e => e.Id).FirstAsync(),
            dataset), org);
    }

    internal static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var doc = await client.GetDocumentAsync("/account/logout");
        return doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
