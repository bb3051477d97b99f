using System.Net;
using System.Text.Json;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using DataStrategy.Web.Api;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.ApiCatalog;

namespace DataStrategy.Web.Tests;

/// <summary>One application with the demo and a second organisation, shared by the API tests (they run one after another).</summary>
public sealed class ApiFixture : IAsyncLifetime, IDisposable
{
    public DssApp App { get; } = new();

    public SecondOrganisation B { get; private set; } = null!;

    public Guid Organisation { get; private set; }

    public Guid Kpi { get; private set; }

    public Guid Initiative { get; private set; }

    public string InitiativeCode { get; private set; } = "";

    public async Task InitializeAsync()
    {
        B = await SecondOrganisation.CreateAsync(App);
        Organisation = await App.DemoOrganisationIdAsync();
        await DatasetRegisterTests.EnsureDatasetAsync(App, Organisation, ApiCase.FixtureDataset);
        var month = Months.First(DateOnly.FromDateTime(DateTime.UtcNow));
        (Kpi, Initiative, InitiativeCode) = await App.DbAsync(
            async db =>
            {
                var kpi = await db.Kpis.OrderBy(k => k.Position).Select(k => k.Id).FirstAsync();
                var initiative = await db.Initiatives.Where(i => i.Status == InitiativeStatus.InProgress).OrderBy(i => i.Code).FirstAsync();
                return (kpi, initiative.Id, initiative.Code);
            },
            Organisation);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => App.Dispose();
}

public sealed class ApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    // Routes under /api without a token: each is here on purpose, and shows only published data or the API's description.
    private static readonly HashSet<string> ReviewedPublicRoutes =
    [
        "api/v1/public/{org}", "api/v1/public/{org}/{dataset}", "api/{documentName}/openapi.json", "api/reference/{documentName?}",
    ];

    private static readonly string[] MeasurementFields = ["value", "measuredOn"];

    private DssApp App => fixture.App;

    private static string Slug => DemoSeeder.Slug;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<int> MeasurementCountAsync(Guid? organisation = null) =>
        App.DbAsync(db => db.KpiMeasurements.CountAsync(), organisation ?? fixture.Organisation);

    private string MeasurementsUrl(string? slug = null, Guid? kpi = null) => $"{ApiEndpoints.Prefix}/o/{slug ?? Slug}/roadmap/kpis/{kpi ?? fixture.Kpi}/measurements";

    private static string CheckInsUrl(string? slug = null) => $"{ApiEndpoints.Prefix}/o/{slug ?? Slug}/roadmap/check-ins";

    private static string ThisMonth => Months.Iso(Months.First(DateOnly.FromDateTime(DateTime.UtcNow)));

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // ---- The permission matrix, from the same table as the pages ----

    [Fact]
    public void EveryApiRoute_DeclaresAPermission_OrIsReviewedPublic()
    {
        var cases = ApiCatalog.All(App.Services);
        Assert.True(cases.Count(c => c.Needs is not null) >= 10, $"only {cases.Count} API routes found");
        foreach (var c in cases)
        {
            if (c.Template.StartsWith("api/v1/o/{org}", StringComparison.Ordinal))
            {
                Assert.True(c.Needs is not null, $"{c} declares no permission");
                Assert.False(c.Anonymous, $"{c} allows anonymous access");
                Assert.True(c.Verb == "GET" ? c.Needs!.Scope == ApiScope.Read : c.Needs!.Scope == ApiScope.Write, $"{c}: writes need the write scope, reads the read scope");
            }
            else
            {
                // Scalar also maps its own script and style files under api/reference/.
                Assert.True(ReviewedPublicRoutes.Contains(c.Template) || c.Template.StartsWith("api/reference/", StringComparison.Ordinal), $"{c} is not reviewed");
                Assert.Equal("GET", c.Verb);
            }
        }
    }

    [Theory]
    [InlineData(MemberRole.Viewer, ApiScope.Read)]
    [InlineData(MemberRole.Viewer, ApiScope.Write)]
    [InlineData(MemberRole.Contributor, ApiScope.Read)]
    [InlineData(MemberRole.Contributor, ApiScope.Write)]
    [InlineData(MemberRole.Facilitator, ApiScope.Read)]
    [InlineData(MemberRole.Facilitator, ApiScope.Write)]
    [InlineData(MemberRole.Administrator, ApiScope.Read)]
    [InlineData(MemberRole.Administrator, ApiScope.Write)]
    public async Task EachRoleAndScope_CanDoExactlyWhatThePermissionTableAndScopeAllow(MemberRole role, ApiScope scope)
    {
        var client = App.ApiClient(await App.MintDemoAsync(role, scope));
        var cases = ApiCatalog.All(App.Services).Where(c => c.Needs is not null).ToList();
        var before = await MeasurementCountAsync();

        foreach (var c in cases)
        {
            var url = c.Url(Slug, fixture.Initiative, fixture.Kpi);
            var allowed = PermissionTable.Allows(role, c.Needs!.Permission) && (scope == ApiScope.Write || c.Needs.Scope == ApiScope.Read);

            // An empty object: allowed writers get the validation answer, so nothing is written by this test, except
            // "a dataset was refreshed", whose body is optional: it answers the dataset's new state.
            var response = c.Verb == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, Json("{}"));
            var status = (int)response.StatusCode;
            var optionalBody = c.Template.EndsWith("/refreshed", StringComparison.Ordinal);

            if (allowed)
            {
                Assert.True(c.Verb == "GET" || optionalBody ? status == 200 : status == 400, $"{role}/{scope} {c}: expected access, got {status}");
                Assert.StartsWith("application/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(status == 403, $"{role}/{scope} {c}: expected 403, got {status}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(before, await MeasurementCountAsync());
    }

    [Fact]
    public async Task NoToken_ABadToken_OrOnlyTheSignInCookie_Answers401_OnEveryProtectedRoute()
    {
        var cases = ApiCatalog.All(App.Services).Where(c => c.Needs is not null).ToList();
        var cookie = await App.LeadAsync();
        var clients = new[]
        {
            ("none", App.ApiClient(null)),
            ("unknown", App.ApiClient(ApiTokens.NewSecret())),
            ("not ours", App.ApiClient("Zm9vOmJhcg")),
            ("expired", App.ApiClient(await App.MintAsync(DemoSeeder.LeadEmail, fixture.Organisation, ApiScope.Write, expires: DateTimeOffset.UtcNow.AddMinutes(-1)))),
            ("revoked", App.ApiClient(await App.MintAsync(DemoSeeder.LeadEmail, fixture.Organisation, ApiScope.Write, revoked: DateTimeOffset.UtcNow.AddMinutes(-1)))),
            ("cookie", cookie),
        };
        var before = await MeasurementCountAsync();

        foreach (var (name, client) in clients)
        {
            foreach (var c in cases)
            {
                var url = c.Url(Slug, fixture.Initiative, fixture.Kpi);
                var response = c.Verb == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, Json($$"""{"value": 1, "measuredOn": "{{Today}}"}"""));
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name} {c}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(before, await MeasurementCountAsync());
    }

    [Fact]
    public async Task TokenOfA_OnEveryRouteOfB_AndWithBsIdsUnderA_Answers404_AndChangesNothing()
    {
        var b = fixture.B;
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Administrator, ApiScope.Write));
        var cases = ApiCatalog.All(App.Services).Where(c => c.Needs is not null).ToList();
        var bBefore = await MeasurementCountAsync(b.Id);
        var body = Json($$"""{"value": 99, "measuredOn": "{{Today}}", "month": "{{ThisMonth}}", "entries": [{"initiative": "{{b.InitiativeId}}", "status": "Done", "percentComplete": 100, "rag": "Green"}]}""");

        foreach (var c in cases)
        {
            var response = c.Verb == "GET" ? await client.GetAsync(c.Url(b.Slug, b.InitiativeId, b.KpiId)) : await client.PostAsync(c.Url(b.Slug, b.InitiativeId, b.KpiId), body);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{c} on B: {(int)response.StatusCode}");
            Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        foreach (var c in cases.Where(c => c.Template.Contains("{id", StringComparison.Ordinal)))
        {
            var url = c.Url(Slug, b.InitiativeId, b.KpiId);
            var response = c.Verb == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, Json($$"""{"value": 99, "measuredOn": "{{Today}}"}"""));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{c} with B's id: {(int)response.StatusCode}");
        }

        // B's initiative named in A's check-in.
        var checkIn = await client.PostAsync(CheckInsUrl(), Json($$"""{"month": "{{ThisMonth}}", "entries": [{"initiative": "{{b.InitiativeId}}", "status": "Done", "percentComplete": 100, "rag": "Green"}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, checkIn.StatusCode);

        Assert.Equal(bBefore, await MeasurementCountAsync(b.Id));
        var initiative = await App.DbAsync(db => db.Initiatives.SingleAsync(i => i.Id == b.InitiativeId), b.Id);
        Assert.NotEqual(InitiativeStatus.Done, initiative.Status);
        Assert.Empty(await App.DbAsync(db => db.CheckIns.ToListAsync(), b.Id));
    }

    [Fact]
    public async Task ATokenIsForItsOrganisationOnly_EvenWhenItsMemberBelongsToBoth()
    {
        var b = fixture.B;
        var bAdmin = await App.DbAsync(db => db.Users.SingleAsync(u => u.Email == b.AdminEmail));
        await App.DbAsync(
            db =>
            {
                db.Memberships.Add(new Membership { OrganisationId = fixture.Organisation, UserId = bAdmin.Id, Role = MemberRole.Administrator });
                return db.SaveChangesAsync();
            },
            fixture.Organisation);
        try
        {
            var tokenForB = App.ApiClient(await App.MintAsync(b.AdminEmail, b.Id, ApiScope.Write));

            Assert.Equal(HttpStatusCode.OK, (await tokenForB.GetAsync($"{ApiEndpoints.Prefix}/o/{b.Slug}/roadmap/kpis")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await tokenForB.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}/roadmap/kpis")).StatusCode);
            var post = await tokenForB.PostAsync(MeasurementsUrl(), Json($$"""{"value": 1, "measuredOn": "{{Today}}"}"""));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        finally
        {
            await App.DbAsync(
                async db =>
                {
                    db.Memberships.Remove(await db.Memberships.SingleAsync(m => m.UserId == bAdmin.Id));
                    return await db.SaveChangesAsync();
                },
                fixture.Organisation);
        }
    }

    [Fact]
    public async Task ATokenFollowsItsMembersRole_AndDiesWithTheMembership()
    {
        // The viewer gets a write token (the page would not offer it): the role still decides.
        var viewer = DemoSeeder.DemoUsers.Single(u => u.Role == MemberRole.Viewer).Email;
        var client = App.ApiClient(await App.MintAsync(viewer, fixture.Organisation, ApiScope.Write));
        var body = $$"""{"value": 41.5, "measuredOn": "{{Today}}", "note": "from the role test"}""";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(MeasurementsUrl(), Json(body))).StatusCode);

        await SetRoleAsync(viewer, MemberRole.Contributor);
        try
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(MeasurementsUrl(), Json(body))).StatusCode);

            // Removed through the members page: the token stops, and stays revoked.
            var lead = await App.LeadAsync();
            var membership = await App.DbAsync(db => db.Memberships.SingleAsync(m => m.User!.Email == viewer), fixture.Organisation);
            var members = await lead.GetDocumentAsync($"/o/{Slug}/members");
            var form = HttpClientExtensions.FormOf(members, $"/o/{Slug}/members", "Remove");
            var removed = await lead.PostFormAsync(form, [("id", membership.Id.ToString())]);
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}")).StatusCode);
            Assert.All(await App.DbAsync(db => db.ApiTokens.Where(t => t.UserId == membership.UserId).ToListAsync(), fixture.Organisation), t => Assert.NotNull(t.RevokedAt));
        }
        finally
        {
            await App.DbAsync(
                async db =>
                {
                    var user = await db.Users.SingleAsync(u => u.Email == viewer);
                    if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id))
                    {
                        db.Memberships.Add(new Membership { OrganisationId = fixture.Organisation, UserId = user.Id, Role = MemberRole.Viewer });
                    }

                    return await db.SaveChangesAsync();
                },
                fixture.Organisation);
            await SetRoleAsync(viewer, MemberRole.Viewer);
        }
    }

    private Task<int> SetRoleAsync(string email, MemberRole role) =>
        App.DbAsync(
            async db =>
            {
                var m = await db.Memberships.SingleAsync(x => x.User!.Email == email);
                m.Role = role;
                return await db.SaveChangesAsync();
            },
            fixture.Organisation);

    // ---- The API access page ----

    [Fact]
    public async Task ThePage_MakesATokenShownOnce_StoresOnlyItsHash_AndRevokesIt()
    {
        var email = DemoSeeder.DemoUsers.Single(u => u.Role == MemberRole.Contributor).Email;
        await RevokeAllAsync(email);
        var contributor = await App.SignInAsync(email);
        var form = await contributor.GetFormAsync($"/o/{Slug}/api-access", "Create");
        var made = await contributor.SubmitAsync(form, new() { ["Name"] = "Power BI <b>dashboard</b>", ["Scope"] = "Write", ["Days"] = "30" });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var doc = await made.ParseAsync();
        var secret = doc.QuerySelector("[data-testid=token-secret]")?.GetAttribute("value") ?? throw new InvalidOperationException(doc.QuerySelector("main")?.TextContent);
        Assert.StartsWith("dss_", secret, StringComparison.Ordinal);
        Assert.Contains("Power BI &lt;b&gt;dashboard&lt;/b&gt;", doc.QuerySelector("[data-testid=my-tokens]")!.InnerHtml, StringComparison.Ordinal);

        var stored = await App.DbAsync(db => db.ApiTokens.SingleAsync(t => t.Prefix == secret.Substring(0, ApiTokens.PrefixLength)), fixture.Organisation);
        Assert.Equal(ApiTokens.Hash(secret), stored.TokenHash);
        Assert.DoesNotContain(secret, stored.TokenHash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        Assert.InRange(stored.ExpiresAt, DateTimeOffset.UtcNow.AddDays(29), DateTimeOffset.UtcNow.AddDays(31));

        // Shown once: the page does not show it again, and the audit log records the token without its hash.
        var again = await contributor.GetStringAsync($"/o/{Slug}/api-access");
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        var audit = await App.DbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ApiToken) && a.EntityId == stored.Id.ToString()).ToListAsync(), fixture.Organisation);
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.DoesNotContain(stored.TokenHash, a.Changes, StringComparison.Ordinal));

        var client = App.ApiClient(secret);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(MeasurementsUrl(), Json($$"""{"value": 7, "measuredOn": "{{Today}}"}"""))).StatusCode);

        // Another contributor's revoke of it is not found; the administrator's works; the owner sees it revoked.
        var facilitator = await App.FacilitatorAsync();
        var revokeByFacilitator = await facilitator.PostAsync($"/o/{Slug}/api-access?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = (await facilitator.GetFormAsync($"/o/{Slug}/api-access", "Create")).Fields.Single(f => f.Key == "__RequestVerificationToken").Value,
            ["id"] = stored.Id.ToString(),
        }));
        Assert.Equal(HttpStatusCode.NotFound, revokeByFacilitator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}")).StatusCode);

        var lead = await App.LeadAsync();
        var all = await lead.GetDocumentAsync($"/o/{Slug}/api-access");
        Assert.Contains("Power BI", all.QuerySelector("[data-testid=all-tokens]")!.TextContent, StringComparison.Ordinal);
        var revoke = HttpClientExtensions.FormOf(all, $"/o/{Slug}/api-access", "Revoke", all.QuerySelectorAll("[data-testid=all-tokens] form").ToList().FindIndex(f => f.QuerySelector($"input[value='{stored.Id}']") is not null));
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(revoke, [("id", stored.Id.ToString())])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}")).StatusCode);
        Assert.Contains("Revoked", await contributor.GetStringAsync($"/o/{Slug}/api-access"), StringComparison.Ordinal);
    }

    /// <summary>Other tests mint tokens for the demo members: start below the per-member limit.</summary>
    private Task<int> RevokeAllAsync(string email) =>
        App.DbAsync(
            async db =>
            {
                var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
                foreach (var t in await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync())
                {
                    t.RevokedAt = DateTimeOffset.UtcNow;
                }

                return await db.SaveChangesAsync();
            },
            fixture.Organisation);

    [Theory]
    [InlineData("", "Read", "90", "Name")]
    [InlineData("LONG", "Read", "90", "Name")]
    [InlineData("bell\u0007", "Read", "90", "Name")]
    [InlineData("ok", "Admin", "90", "Scope")]
    [InlineData("ok", "Write", "90", "Scope")]
    [InlineData("ok", "Read", "3650", "Days")]
    [InlineData("ok", "Read", "abc", "Days")]
    public async Task ThePage_RefusesBadTokenRequests_AndMakesNothing(string name, string scope, string days, string field)
    {
        // The viewer: "Write" is not offered to their role and is refused when posted.
        await RevokeAllAsync(DemoSeeder.DemoUsers.Single(u => u.Role == MemberRole.Viewer).Email);
        var viewer = await App.SignInAsync(DemoSeeder.DemoUsers.Single(u => u.Role == MemberRole.Viewer).Email, language: "nl");
        var before = await App.DbAsync(db => db.ApiTokens.CountAsync(), fixture.Organisation);
        name = name == "LONG" ? new string('n', 101) : name;

        var form = await viewer.GetFormAsync($"/o/{Slug}/api-access", "Create");
        var response = await viewer.SubmitAsync(form, new() { ["Name"] = name, ["Scope"] = scope, ["Days"] = days });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ParseAsync();
        var message = doc.QuerySelector($"[data-valmsg-for={field}]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(message), $"no message for {field}");
        Assert.Null(doc.QuerySelector("[data-testid=token-secret]"));
        Assert.Equal(before, await App.DbAsync(db => db.ApiTokens.CountAsync(), fixture.Organisation));
    }

    [Fact]
    public async Task ThePage_LimitsWorkingTokensPerMember()
    {
        var facilitator = DemoSeeder.DemoUsers.Single(u => u.Role == MemberRole.Facilitator).Email;
        var userId = await App.DbAsync(db => db.Users.Where(u => u.Email == facilitator).Select(u => u.Id).SingleAsync());
        var now = DateTimeOffset.UtcNow;
        var existing = await App.DbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now), fixture.Organisation);
        for (var i = existing; i < Pages.ApiAccess.IndexModel.MaxActivePerMember; i++)
        {
            await App.MintAsync(facilitator, fixture.Organisation, ApiScope.Read);
        }

        var client = await App.FacilitatorAsync();
        var response = await client.SubmitAsync(await client.GetFormAsync($"/o/{Slug}/api-access", "Create"), new() { ["Name"] = "one too many", ["Scope"] = "Read", ["Days"] = "30" });
        Assert.Contains("already have 10 working tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await App.DbAsync(db => db.ApiTokens.CountAsync(t => t.Name == "one too many"), fixture.Organisation));
    }

    // ---- Reading ----

    [Fact]
    public async Task Reads_ReturnTheOrganisationsData_WithoutPersonalData()
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Viewer, ApiScope.Read));

        var me = await JsonAsync(await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}"));
        Assert.Equal(Slug, me.GetProperty("slug").GetString());
        Assert.Equal("Viewer", me.GetProperty("role").GetString());
        Assert.Equal("Read", me.GetProperty("scope").GetString());

        var initiatives = await JsonAsync(await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}/roadmap/initiatives"));
        var count = await App.DbAsync(db => db.Initiatives.CountAsync(), fixture.Organisation);
        Assert.Equal(count, initiatives.GetArrayLength());
        Assert.Contains(initiatives.EnumerateArray(), i => i.GetProperty("code").GetString() == fixture.InitiativeCode && i.GetProperty("title").GetProperty("nl").GetString()!.Length > 0);

        var one = await JsonAsync(await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}/roadmap/initiatives/{fixture.Initiative}"));
        Assert.Equal(fixture.InitiativeCode, one.GetProperty("code").GetString());

        var kpis = await JsonAsync(await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}/roadmap/kpis"));
        Assert.Equal(6, kpis.GetArrayLength());
        Assert.All(kpis.EnumerateArray(), k => Assert.Contains(k.GetProperty("status").GetString(), new[] { "NotMeasured", "OnTrack", "AtRisk", "Achieved" }));

        var page = await JsonAsync(await client.GetAsync(MeasurementsUrl() + "?limit=2"));
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);

        var checkIns = await client.GetAsync(CheckInsUrl() + "?month=2026-06");
        Assert.Equal(HttpStatusCode.OK, checkIns.StatusCode);
        Assert.True((await JsonAsync(checkIns)).GetArrayLength() > 0);

        var studies = await JsonAsync(await client.GetAsync($"{ApiEndpoints.Prefix}/o/{Slug}/case-studies"));
        Assert.Contains(studies.EnumerateArray(), s => s.GetProperty("slug").GetString() == DemoCaseStudies.DraftSlug && s.GetProperty("publicUrl").ValueKind == JsonValueKind.Null);

        // Nothing personal: stakeholder names, lead persons and contacts stay on the pages of those who may see them.
        var everything = string.Join("\n", await Task.WhenAll(
            new[] { "", "/departments", "/case-studies", "/roadmap/initiatives", $"/roadmap/initiatives/{fixture.Initiative}", "/roadmap/kpis", $"/roadmap/kpis/{fixture.Kpi}/measurements?limit=1000", "/roadmap/check-ins?month=2026-06", "/roadmap/check-ins" }
                .Select(p => client.GetStringAsync($"{ApiEndpoints.Prefix}/o/{Slug}{p}"))));
        var names = await App.DbAsync(db => db.Stakeholders.Select(s => s.Name).ToListAsync(), fixture.Organisation);
        Assert.All(names, n => Assert.DoesNotContain(n, everything, StringComparison.Ordinal));
        Assert.DoesNotContain(DemoCaseStudies.ContactMarker, everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?offset=-1", "offset")]
    public async Task MeasurementPaging_OutOfRange_IsExplained(string query, string field)
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Viewer, ApiScope.Read));
        var response = await client.GetAsync(MeasurementsUrl() + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(CheckInsUrl() + "?month=juin")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(MeasurementsUrl() + "?limit=abc")).StatusCode);
    }

    // ---- Writing ----

    [Fact]
    public async Task AMeasurement_IsRecorded_AndShowsOnTheKpiPage()
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        var before = await MeasurementCountAsync();

        var response = await client.PostAsync(MeasurementsUrl(), Json($$"""{"value": 12345.6789, "measuredOn": "{{Today}}", "note": "<script>alert(1)</script> fed by the API"}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await JsonAsync(response);
        Assert.Equal(12345.6789m, saved.GetProperty("value").GetDecimal());
        Assert.NotNull(response.Headers.Location);
        Assert.Equal(before + 1, await MeasurementCountAsync());
        var row = await App.DbAsync(db => db.KpiMeasurements.SingleAsync(m => m.Id == saved.GetProperty("id").GetGuid()), fixture.Organisation);
        Assert.False(string.IsNullOrWhiteSpace(row.RecordedBy));

        var page = await (await App.LeadAsync()).GetStringAsync($"/o/{Slug}/roadmap/kpis/{fixture.Kpi}");
        Assert.Contains("fed by the API", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACheckIn_ByCode_UpdatesTheInitiative_AndIsAllOrNothing()
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));

        // One good entry, one wrong: nothing is saved and both problems of the wrong one are named.
        var bad = await client.PostAsync(CheckInsUrl(), Json($$"""
            {"month": "{{ThisMonth}}", "entries": [
              {"initiative": "{{fixture.InitiativeCode}}", "status": "InProgress", "percentComplete": 77, "rag": "Amber", "note": "via API"},
              {"initiative": "NOPE-99", "status": "Bogus", "percentComplete": 101, "rag": "Green"}]}
            """));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await JsonAsync(bad)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("entries[1].initiative", out _));
        Assert.True(errors.TryGetProperty("entries[1].status", out _));
        Assert.True(errors.TryGetProperty("entries[1].percentComplete", out _));
        Assert.NotEqual(77, (await App.InitiativeAsync(fixture.Initiative)).PercentComplete);

        var good = await client.PostAsync(CheckInsUrl(), Json($$"""
            {"month": "{{ThisMonth}}", "entries": [{"initiative": "{{fixture.InitiativeCode}}", "status": "InProgress", "percentComplete": 77, "rag": "Amber", "note": "via API"}]}
            """));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var initiative = await App.InitiativeAsync(fixture.Initiative);
        Assert.Equal((77, Rag.Amber), (initiative.PercentComplete, initiative.Rag));
        var listed = await JsonAsync(await client.GetAsync(CheckInsUrl()));
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("initiativeCode").GetString() == fixture.InitiativeCode && c.GetProperty("note").GetString() == "via API");

        // A version read before that change is refused, naming the conflict.
        var stale = await client.PostAsync(CheckInsUrl(), Json($$"""
            {"month": "{{ThisMonth}}", "entries": [{"initiative": "{{fixture.Initiative}}", "status": "Done", "percentComplete": 100, "rag": "Green", "version": "{{Guid.NewGuid()}}"}]}
            """));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.NotEqual(InitiativeStatus.Done, (await App.InitiativeAsync(fixture.Initiative)).Status);
    }

    [Fact]
    public async Task Errors_AreInTheReadersLanguage()
    {
        var secret = await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write);
        var fr = await App.ApiClient(secret, "fr").PostAsync(MeasurementsUrl(), Json("""{"value": "12,5", "measuredOn": "27/11/2026"}"""));
        var nl = await App.ApiClient(secret, "nl").PostAsync(MeasurementsUrl(), Json("""{"value": "12,5"}"""));
        var frText = await fr.Content.ReadAsStringAsync();
        var nlText = await nl.Content.ReadAsStringAsync();

        Assert.Contains("rien n'a été enregistré", frText, StringComparison.Ordinal);
        Assert.Contains("Saisissez un nombre", frText, StringComparison.Ordinal);
        Assert.Contains("er is niets opgeslagen", nlText, StringComparison.Ordinal);
        Assert.Contains("Dit veld is verplicht", nlText, StringComparison.Ordinal);
        var forbidden = await App.ApiClient(await App.MintDemoAsync(MemberRole.Viewer, ApiScope.Read), "nl").PostAsync(MeasurementsUrl(), Json("{}"));
        Assert.Contains("Uw rol of de reikwijdte van uw token", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value": "12.5", "measuredOn": "TODAY"}""", "value")]
    [InlineData("""{"value": true, "measuredOn": "TODAY"}""", "value")]
    [InlineData("""{"value": [1], "measuredOn": "TODAY"}""", "value")]
    [InlineData("""{"value": 1e40, "measuredOn": "TODAY"}""", "value")]
    [InlineData("""{"value": 1, "measuredOn": "2026-13-45"}""", "measuredOn")]
    [InlineData("""{"value": 1, "measuredOn": 20261127}""", "measuredOn")]
    [InlineData("""{"value": 1, "measuredOn": "1999-12-31"}""", "measuredOn")]
    [InlineData("""{"value": 1, "measuredOn": "2099-01-01"}""", "measuredOn")]
    [InlineData("""{"value": 1, "measuredOn": "TODAY", "note": 42}""", "note")]
    [InlineData("""{"value": 1, "measuredOn": "TODAY", "note": "a\u0000b"}""", "note")]
    [InlineData("""{"value": 1, "measuredOn": "TODAY", "note": "LONG"}""", "note")]
    [InlineData("""{"value": 1, "measuredOn": "TODAY", "kpiId": "x"}""", "kpiId")]
    [InlineData("""{"measuredOn": "TODAY"}""", "value")]
    public async Task HostileMeasurements_AreRefusedByField_AndNothingIsSaved(string body, string field)
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        var before = await MeasurementCountAsync();
        body = body.Replace("TODAY", Today, StringComparison.Ordinal).Replace("\"LONG\"", "\"" + new string('x', ApiEndpoints.MaxNote + 1) + "\"", StringComparison.Ordinal);

        var response = await client.PostAsync(MeasurementsUrl(), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await MeasurementCountAsync());
    }

    [Theory]
    [InlineData("not json at all", "application/json", 400)]
    [InlineData("[1, 2, 3]", "application/json", 400)]
    [InlineData("\"a string\"", "application/json", 400)]
    [InlineData("{\"value\": 1,", "application/json", 400)]
    [InlineData("DEEP", "application/json", 400)]
    [InlineData("value=1&measuredOn=2026-11-27", "application/x-www-form-urlencoded", 415)]
    [InlineData("{\"value\": 1}", "text/plain", 415)]
    [InlineData("HUGE", "application/json", 413)]
    [InlineData("{\"value\": 1, \"measuredOn\": \"\\ud800\"}", "application/json", 400)]
    [InlineData("{\"\\udc00\": 1}", "application/json", 400)]
    [InlineData("{\"value\": 1, \"value\": \"x\", \"measuredOn\": \"2026-11-27\"}", "application/json", 400)]
    public async Task MalformedBodies_AreRefused_AndNothingIsSaved(string body, string type, int status)
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        var before = await MeasurementCountAsync();
        body = body switch
        {
            "DEEP" => new string('[', 5000) + new string(']', 5000),
            "HUGE" => "{\"value\": 1, \"note\": \"" + new string('x', ApiEndpoints.MaxBody + 10) + "\"}",
            _ => body,
        };

        var content = new StringContent(body, System.Text.Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        foreach (var url in new[] { MeasurementsUrl(), CheckInsUrl() })
        {
            var response = await client.PostAsync(url, content);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await MeasurementCountAsync());
    }

    [Theory]
    [InlineData("""{"month": "2019-01", "entries": [ENTRY]}""", "month")]
    [InlineData("""{"month": "2099-01", "entries": [ENTRY]}""", "month")]
    [InlineData("""{"month": "juin", "entries": [ENTRY]}""", "month")]
    [InlineData("""{"month": "MONTH", "entries": []}""", "entries")]
    [InlineData("""{"month": "MONTH", "entries": "all"}""", "entries")]
    [InlineData("""{"month": "MONTH"}""", "entries")]
    [InlineData("""{"month": "MONTH", "entries": [ENTRY, ENTRY]}""", "entries[1].initiative")]
    [InlineData("""{"month": "MONTH", "entries": [42]}""", "entries[0]")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "CODE", "status": "InProgress", "percentComplete": 50.5, "rag": "Green"}]}""", "entries[0].percentComplete")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "CODE", "status": "InProgress", "percentComplete": "50", "rag": "Green"}]}""", "entries[0].percentComplete")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "CODE", "status": "inprogress", "percentComplete": 50, "rag": "Green"}]}""", "entries[0].status")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "CODE", "status": "InProgress", "percentComplete": 50, "rag": "Purple"}]}""", "entries[0].rag")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "CODE", "status": "InProgress", "percentComplete": 50, "rag": "Green", "version": "v1"}]}""", "entries[0].version")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "CODE", "status": "InProgress", "percentComplete": 50, "rag": "Green", "owner": "me"}]}""", "entries[0].owner")]
    [InlineData("""{"month": "MONTH", "entries": [{"initiative": "=HYPERLINK(\"http://x\")", "status": "InProgress", "percentComplete": 50, "rag": "Green"}]}""", "entries[0].initiative")]
    public async Task HostileCheckIns_AreRefusedByField_AndNothingIsSaved(string body, string field)
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        var entry = $$"""{"initiative": "{{fixture.InitiativeCode}}", "status": "InProgress", "percentComplete": 50, "rag": "Green"}""";
        body = body.Replace("ENTRY", entry, StringComparison.Ordinal).Replace("MONTH", ThisMonth, StringComparison.Ordinal).Replace("\"CODE\"", "\"" + fixture.InitiativeCode + "\"", StringComparison.Ordinal);
        var before = await App.DbAsync(db => db.CheckIns.Select(c => c.Version).ToListAsync(), fixture.Organisation);

        var response = await client.PostAsync(CheckInsUrl(), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before.Order(), (await App.DbAsync(db => db.CheckIns.Select(c => c.Version).ToListAsync(), fixture.Organisation)).Order());
    }

    [Fact]
    public async Task AHugeCheckIn_IsRefusedAtOnce_AndListsAtMostFiftyProblems()
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        var tooMany = "{\"month\": \"" + ThisMonth + "\", \"entries\": [" + string.Join(",", Enumerable.Repeat("{}", ApiEndpoints.MaxEntries + 1)) + "]}";
        var manyWrong = "{\"month\": \"" + ThisMonth + "\", \"entries\": [" + string.Join(",", Enumerable.Repeat("{}", 900)) + "]}";

        var refused = await client.PostAsync(CheckInsUrl(), Json(tooMany));
        var listed = await client.PostAsync(CheckInsUrl(), Json(manyWrong));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("At most 1000 entries", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, listed.StatusCode);
        var errors = (await JsonAsync(listed)).GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetArrayLength());
        Assert.InRange(errors, 1, ApiEndpoints.MaxErrors);
    }

    [Fact]
    public async Task AFormulaInANote_IsPlainTextInTheWorkbookExport()
    {
        var client = App.ApiClient(await App.MintDemoAsync(MemberRole.Contributor, ApiScope.Write));
        const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        var response = await client.PostAsync(MeasurementsUrl(), Json($$"""{"value": 3, "measuredOn": "{{Today}}", "note": {{JsonSerializer.Serialize(Formula)}}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var xlsx = await (await App.LeadAsync()).GetByteArrayAsync($"/o/{Slug}/roadmap/export?handler=Xlsx");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();

        // The note is in the workbook as text, and nothing in it is a formula.
        Assert.Contains(sheets, x => x.Contains("=HYPERLINK(", StringComparison.Ordinal) && x.Contains("evil.example", StringComparison.Ordinal));
        Assert.DoesNotContain(sheets, x => x.Contains("<f>", StringComparison.Ordinal) || x.Contains("<f ", StringComparison.Ordinal));
    }

    // ---- Public data, the description, the reference page ----

    [Fact]
    public async Task PublicData_NeedsNoToken_AndShowsOnlyWhatIsPublished()
    {
        var anonymous = App.ApiClient(null, "nl");
        var list = await anonymous.GetAsync($"{ApiEndpoints.Prefix}/public/{Slug}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var datasets = (await JsonAsync(list)).EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("case-studies", datasets);
        Assert.Contains("kpis", datasets);

        var kpiResponse = await anonymous.GetAsync($"{ApiEndpoints.Prefix}/public/{Slug}/kpis");
        Assert.Contains("creativecommons.org", string.Join(",", kpiResponse.Headers.GetValues("Link")), StringComparison.Ordinal);
        var kpis = await kpiResponse.Content.ReadAsStringAsync();
        var internalKpis = await App.DbAsync(db => db.Kpis.Where(k => !k.Public).ToListAsync(), fixture.Organisation);
        Assert.NotEmpty(internalKpis);
        Assert.All(internalKpis, k => Assert.DoesNotContain(k.Name.Get("nl"), kpis, StringComparison.Ordinal));
        var studies = await anonymous.GetStringAsync($"{ApiEndpoints.Prefix}/public/{Slug}/case-studies");
        Assert.DoesNotContain(DemoCaseStudies.DraftSlug, studies, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCaseStudies.ContactMarker, studies, StringComparison.Ordinal);

        // A token of another organisation does not get in the way of public data.
        var other = App.ApiClient(await App.MintAsync(fixture.B.AdminEmail, fixture.B.Id, ApiScope.Read));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"{ApiEndpoints.Prefix}/public/{Slug}/case-studies")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{ApiEndpoints.Prefix}/public/{Slug}/stakeholders")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{ApiEndpoints.Prefix}/public/no-such-city")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{ApiEndpoints.Prefix}/public/{fixture.B.Slug}")).StatusCode);
        // B publishes nothing: its case-study dataset is empty (or absent) and never names its draft.
        var bStudies = await anonymous.GetAsync($"{ApiEndpoints.Prefix}/public/{fixture.B.Slug}/case-studies");
        Assert.True(bStudies.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{(int)bStudies.StatusCode}");
        Assert.DoesNotContain(SecondOrganisation.CaseStudyTitle, await bStudies.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDescription_CoversEveryRoute_WithItsSecurity()
    {
        var response = await App.Anonymous().GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await JsonAsync(response);
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        var paths = doc.GetProperty("paths");

        foreach (var c in ApiCatalog.All(App.Services).Where(c => c.Template.StartsWith("api/v1/", StringComparison.Ordinal) && c.Template != "api/v1/openapi.json"))
        {
            var path = "/" + c.Template.Replace("{id:guid}", "{id}", StringComparison.Ordinal);
            Assert.True(paths.TryGetProperty(path, out var item) || paths.TryGetProperty(path + "/", out item), $"{c} is not described");
            var operation = item.GetProperty(c.Verb.ToLowerInvariant());
            Assert.Equal(c.Needs is not null, operation.TryGetProperty("security", out _));
            if (c.Needs is { } needs)
            {
                Assert.Contains(needs.Permission.ToString(), operation.GetProperty("description").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.True(paths.GetProperty($"/api/v1/o/{{org}}/roadmap/kpis/{{id}}/measurements").GetProperty("post").TryGetProperty("requestBody", out _));
    }

    [Fact]
    public async Task TheReferencePage_ServesItsOwnScript_UnderANonce()
    {
        var response = await App.Anonymous().GetAsync("/api/reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.Ordinal);
        Assert.Contains("api/v1/openapi.json", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }
}

/// <summary>The rate limits, on an app of their own with small budgets.</summary>
public sealed class ApiRateLimitTests : IDisposable
{
    private readonly DssApp _app = new(settings: new Dictionary<string, string?>
    {
        ["Security:ApiRequestsPerMinute"] = "3",
        ["Security:PublicApiRequestsPerMinute"] = "2",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ATokenOverItsBudget_Gets429WithRetryAfter_AndAnotherTokenIsNotHeldBack()
    {
        var first = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Viewer, ApiScope.Read), "fr");
        var second = _app.ApiClient(await _app.MintDemoAsync(MemberRole.Contributor, ApiScope.Read));
        var url = $"{ApiEndpoints.Prefix}/o/{DemoSeeder.Slug}/roadmap/kpis";

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(url)).StatusCode);
        }

        var limited = await first.GetAsync(url);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Trop de requêtes", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(url)).StatusCode);

        // Made-up tokens open no budget of their own: they count against the address, like no token at all.
        var publicUrl = $"{ApiEndpoints.Prefix}/public/{DemoSeeder.Slug}/kpis";
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await _app.ApiClient(ApiTokens.NewSecret()).GetAsync(publicUrl)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _app.ApiClient(null).GetAsync(publicUrl)).StatusCode);
    }
}
