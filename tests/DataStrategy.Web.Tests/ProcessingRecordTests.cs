using System.IO.Compression;
using System.Net;
using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Records of processing (GDPR Art. 30): only members designated data protection officer reach them, whatever their
/// role; the designation is given and withdrawn on the members page; saves are checked, concurrent saves refused,
/// the audit log masks the content, and the export has the APD/GBA model register's columns in French and Dutch.
/// </summary>
public sealed class ProcessingRecordTests : IDisposable, IAsyncLifetime
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private const string Slug = "registre-population";
    private const string Purpose = "Tenue du registre de la population (purpose-7f3a)";
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    // These tests count, page and name their own datasets: the demo's forty would be in the way.
    public Task InitializeAsync() => _app.RemoveDemoInventoryAsync();

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Emails => [DemoSeeder.LeadEmail, DemoSeeder.FacilitatorEmail, DemoSeeder.ContributorEmail, DemoSeeder.ViewerEmail];

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task EveryRole_WithoutDesignation_IsRefused_AndWithIt_IsAllowed(string email)
    {
        await DatasetAsync();
        // The demo designates its contributor: start every role without the designation.
        await DesignateAsync(email, false);
        var client = await _app.SignInAsync(email);
        foreach (var url in new[] { Org + "/processing", $"{Org}/processing/{Slug}", Org + "/processing/export?language=fr" })
        {
            var refused = await client.GetAsync(url);
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{email} {url}: {refused.StatusCode}");
        }

        var post = await client.PostAsync($"{Org}/processing/{Slug}", new FormUrlEncodedContent([new("Purposes", "x"), new("LegalBases", "e")]));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{email} POST: {post.StatusCode}");

        await DesignateAsync(email, true);
        foreach (var url in new[] { Org + "/processing", $"{Org}/processing/{Slug}", Org + "/processing/export?language=nl" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        await DesignateAsync(email, false);
        Assert.True((await client.GetAsync(Org + "/processing")).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
        Assert.Equal(0, await _app.DbAsync(db => db.ProcessingRecords.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task DesignatedOfficer_OfAnotherOrganisation_GetsNotFound()
    {
        await DatasetAsync();
        var other = await SecondOrganisation.CreateAsync(_app);
        await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == other.MembershipId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DataProtectionOfficer, true)));
        var outsider = await _app.SignInAsync(other.AdminEmail, SecondOrganisation.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Org + "/processing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{Org}/processing/{Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Org + "/processing/export?language=fr")).StatusCode);
        // Its own organisation's list does not hold the demo's dataset.
        var own = await outsider.GetAsync($"/o/{other.Slug}/processing");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.DoesNotContain(Slug, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/o/{other.Slug}/processing/{Slug}")).StatusCode);
    }

    [Fact]
    public async Task MembersPage_Administrator_DesignatesAndWithdraws_StaleFormRefused_Audited()
    {
        var lead = await _app.LeadAsync();
        var page = await lead.GetDocumentAsync(Org + "/members");
        Assert.Contains("data protection officer", page.QuerySelector("[data-testid=dpo-explanation]")!.TextContent, StringComparison.Ordinal);
        var viewer = await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Include(m => m.User).SingleAsync(m => m.User!.Email == DemoSeeder.ViewerEmail));
        var form = HttpClientExtensions.FormOf(page, Org + "/members", "Dpo");
        var fields = new Dictionary<string, string> { ["id"] = viewer.Id.ToString(), ["version"] = viewer.Version.ToString(), ["designate"] = "true" };

        var designated = await lead.SubmitAsync(form, fields);
        Assert.Equal(HttpStatusCode.Redirect, designated.StatusCode);
        Assert.True(await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == viewer.Id).Select(m => m.DataProtectionOfficer).SingleAsync()));

        // The same form again (read before the designation) must not withdraw or redo anything.
        var stale = await lead.SubmitAsync(form, new() { ["id"] = viewer.Id.ToString(), ["version"] = viewer.Version.ToString(), ["designate"] = "false" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == viewer.Id).Select(m => m.DataProtectionOfficer).SingleAsync()));

        var audit = await _app.DbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == nameof(Membership) && a.EntityId == viewer.Id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Changes.Contains("DataProtectionOfficer", StringComparison.Ordinal));

        // A facilitator (no ManageMembers) cannot designate anyone, not even themself.
        var facilitator = await _app.FacilitatorAsync();
        var self = await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Include(m => m.User).SingleAsync(m => m.User!.Email == DemoSeeder.FacilitatorEmail));
        var refused = await facilitator.SubmitAsync(form, new() { ["id"] = self.Id.ToString(), ["version"] = self.Version.ToString(), ["designate"] = "true" });
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.False(await _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == self.Id).Select(m => m.DataProtectionOfficer).SingleAsync()));
    }

    [Fact]
    public async Task Save_ChecksInTheReadersLanguage_ThenSaves_AndTheListSaysComplete()
    {
        await DatasetAsync();
        await DesignateAsync(DemoSeeder.ViewerEmail, true);
        var client = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: "fr");
        var form = await client.GetFormAsync($"{Org}/processing/{Slug}");

        var empty = await client.SubmitAsync(form);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Choisissez au moins une base juridique.", html, StringComparison.Ordinal);
        Assert.Contains("Finalités du traitement\u00a0: obligatoire.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var tooLong = await client.PostAsync($"{Org}/processing/{Slug}", Form(form, new() { ["Purposes"] = new string('x', DatasetRules.MaxProcessingText + 1) }, "e"));
        Assert.Contains($"au plus {DatasetRules.MaxProcessingText}", System.Net.WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var unknownBasis = await client.PostAsync($"{Org}/processing/{Slug}", Form(form, new() { ["Purposes"] = "x" }, "z"));
        Assert.Contains("choisissez dans la liste", await unknownBasis.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.DbAsync(db => db.ProcessingRecords.IgnoreQueryFilters().CountAsync()));

        var saved = await client.PostAsync($"{Org}/processing/{Slug}", Form(form, Complete(), "e", "c"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await _app.DbAsync(db => db.ProcessingRecords.IgnoreQueryFilters().SingleAsync());
        Assert.Equal(["c", "e"], record.LegalBases);
        Assert.Equal(Purpose, record.Purposes);
        var list = await client.GetDocumentAsync(Org + "/processing");
        Assert.Equal("complete", list.QuerySelector($"[data-slug={Slug}] .tag")!.GetAttribute("data-state"));

        // The script is kept as text and shown encoded.
        var page = await client.GetAsync($"{Org}/processing/{Slug}");
        Assert.DoesNotContain("<script>alert(", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_RecordsTheChange_ButNeverItsContent()
    {
        await DatasetAsync();
        await DesignateAsync(DemoSeeder.LeadEmail, true);
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync($"{Org}/processing/{Slug}");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostAsync($"{Org}/processing/{Slug}", Form(form, Complete(), "e"))).StatusCode);

        var entries = await _app.DbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == nameof(ProcessingRecord)).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Contains("Purposes", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("•••", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("purpose-7f3a", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Chiffrement", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("\"e\"", entry.Changes, StringComparison.Ordinal);
        var log = await (await lead.GetAsync(Org + "/audit")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("purpose-7f3a", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThirtyTwoConcurrentSaves_OfTheSameRecord_OneWins_OthersAreTold()
    {
        await DatasetAsync();
        await DesignateAsync(DemoSeeder.LeadEmail, true);
        await DesignateAsync(DemoSeeder.FacilitatorEmail, true);
        var clients = new[] { await _app.LeadAsync(), await _app.FacilitatorAsync() };

        // First saves: no record yet, 32 at once make exactly one.
        var first = await Task.WhenAll(Enumerable.Range(0, 32).Select(async i =>
        {
            var c = clients[i % 2];
            return await c.PostAsync($"{Org}/processing/{Slug}", Form(await c.GetFormAsync($"{Org}/processing/{Slug}"), new() { ["Purposes"] = "first " + i }, "e"));
        }));
        Assert.DoesNotContain(first, r => (int)r.StatusCode >= 500);
        Assert.Equal(1, await _app.DbAsync(db => db.ProcessingRecords.IgnoreQueryFilters().CountAsync()));
        Assert.Contains(first, r => r.StatusCode == HttpStatusCode.Redirect);

        // Then 32 edits of the same version: one wins, 31 are told.
        var forms = new[] { await clients[0].GetFormAsync($"{Org}/processing/{Slug}"), await clients[1].GetFormAsync($"{Org}/processing/{Slug}") };
        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            clients[i % 2].PostAsync($"{Org}/processing/{Slug}", Form(forms[i % 2], new() { ["Purposes"] = "edit " + i }, "e"))));
        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Contains("Someone else changed this record", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var purpose = await _app.DbAsync(db => db.ProcessingRecords.IgnoreQueryFilters().Select(r => r.Purposes).SingleAsync());
        Assert.StartsWith("edit ", purpose, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task Export_HasTheModelRegistersColumns_InFrenchAndDutch_FormulaSafe(string language)
    {
        var id = await DatasetAsync();
        await _app.DbAsync(async db =>
        {
            db.Datasets.Add(new Dataset { OrganisationId = await _app.DemoOrganisationIdAsync(), Slug = "sans-donnees", Title = LocalizedText.Of("Arbres", "Bomen") });
            db.ProcessingRecords.Add(new ProcessingRecord
            {
                OrganisationId = await _app.DemoOrganisationIdAsync(),
                DatasetId = id,
                Controller = "Ville de Démo",
                ProtectionOfficer = "dpo@ville-de-demo.example",
                Purposes = "=HYPERLINK(\"http://evil.example\",\"x\")",
                LegalBases = ["c", "e"],
                SpecialCategoryConditions = ["g"],
                DataSubjects = "Habitants",
                PersonalDataCategories = "Identité",
                Recipients = "SPF Intérieur",
                Retention = "30 ans",
                SecurityMeasures = "Chiffrement",
            });
            return await db.SaveChangesAsync();
        });
        await DesignateAsync(DemoSeeder.LeadEmail, true);
        var lead = await _app.LeadAsync();

        var response = await lead.GetAsync($"{Org}/processing/export?language={language}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        Assert.Equal([ProcessingRegisterWorkbook.IdentificationSheet(language), ProcessingRegisterWorkbook.RegisterSheet(language)], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: ProcessingRegisterWorkbook.RegisterSheet(language)).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(ProcessingRegisterWorkbook.Columns(language), row.Keys.ToList());
        var nl = language == "nl";
        Assert.Equal(nl ? "Rechtsgrond van de verwerking (art. 6.1 AVG)" : "Base juridique du traitement (art. 6.1 RGPD)", row.Keys.ElementAt(6));
        Assert.Equal(Slug, row.Values.ElementAt(0));
        Assert.Equal(nl ? "Bevolkingsregister" : "Registre de la population", row.Values.ElementAt(1));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"x\")", row.Values.ElementAt(5));
        Assert.Equal(nl ? "c) Wettelijke verplichting; e) Taak van algemeen belang of uitoefening van openbaar gezag" : "c) Obligation légale; e) Mission d'intérêt public ou exercice de l'autorité publique", row.Values.ElementAt(6));
        Assert.Equal(nl ? "g) Zwaarwegend algemeen belang" : "g) Motifs d'intérêt public important", row.Values.ElementAt(7));
        Assert.Equal("Chiffrement", row.Values.ElementAt(13));
        stream.Position = 0;
        var identification = stream.Query(useHeaderRow: true, sheetName: ProcessingRegisterWorkbook.IdentificationSheet(language)).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(identification, r => Equals(r.Values.ElementAt(1), "dpo@ville-de-demo.example"));
        // No cell of the workbook is a formula.
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            Assert.DoesNotMatch(@"<(\w+:)?f[ >]", await reader.ReadToEndAsync());
        }
    }

    private static FormUrlEncodedContent Form(HtmlForm form, Dictionary<string, string> values, params string[] bases)
    {
        var fields = form.With(values).Where(f => f.Key is not "LegalBases").ToList();
        fields.AddRange(bases.Select(b => new KeyValuePair<string, string>("LegalBases", b)));
        return new FormUrlEncodedContent(fields);
    }

    private static Dictionary<string, string> Complete() => new()
    {
        ["Controller"] = "Ville de Démo, place de l'Hôtel de Ville 1",
        ["ProtectionOfficer"] = "dpo@ville-de-demo.example",
        ["Purposes"] = Purpose,
        ["DataSubjects"] = "Habitants <script>alert(1)</script>",
        ["PersonalDataCategories"] = "Identité, adresse",
        ["Recipients"] = "SPF Intérieur",
        ["TransfersOutsideEu"] = "",
        ["Retention"] = "30 ans",
        ["SecurityMeasures"] = "Chiffrement, journalisation",
    };

    private async Task<Guid> DatasetAsync()
    {
        var orgId = await _app.DemoOrganisationIdAsync();
        return await _app.DbAsync(async db =>
        {
            var d = new Dataset { OrganisationId = orgId, Slug = Slug, Title = LocalizedText.Of("Registre de la population", "Bevolkingsregister"), PersonalData = true };
            db.Datasets.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
    }

    private Task<int> DesignateAsync(string email, bool designate) =>
        _app.DbAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.User!.Email == email)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DataProtectionOfficer, designate).SetProperty(x => x.Version, Guid.NewGuid())));
}
