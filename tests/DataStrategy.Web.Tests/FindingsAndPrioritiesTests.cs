using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>Suggested and written findings, their evidence, and the thematic priorities, through the real pages.</summary>
public sealed class FindingsAndPrioritiesTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string FindingsUrl(Guid campaign) => $"{DemoOrg}/campaigns/{campaign}/findings";

    private static string SuggestionsUrl(Guid campaign) => $"{DemoOrg}/campaigns/{campaign}/findings/suggestions";

    private static string NewFindingUrl(Guid campaign) => $"{DemoOrg}/findings/edit?campaign={campaign}";

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    private Task<int> FindingCountAsync(Guid campaign) => _app.InDemoAsync(db => db.Findings.CountAsync(f => f.CampaignId == campaign));

    private static List<string> PendingKeys(IHtmlDocument doc) =>
        doc.QuerySelectorAll("[data-testid=suggestions] form[action*='handler=Accept'] input[name=Key]").Select(i => i.GetAttribute("value")!).ToList();

    [Fact]
    public async Task Suggestion_Accepted_AppearsOnTheFindingsPage_WrittenInAllThreeLanguages()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(SuggestionsUrl(campaign));
        var key = Assert.IsType<string>(PendingKeys(page).FirstOrDefault(), exactMatch: false);

        var response = await facilitator.SubmitAsync(HttpClientExtensions.FormOf(page, SuggestionsUrl(campaign), "Accept", 0));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var finding = await _app.InDemoAsync(db => db.Findings.SingleAsync(f => f.CampaignId == campaign && f.SuggestionKey == key));
        Assert.Equal(FindingStatus.Accepted, finding.Status);
        Assert.DoesNotContain(key, PendingKeys(await facilitator.GetDocumentAsync(SuggestionsUrl(campaign))));
        var findings = await facilitator.GetDocumentAsync(FindingsUrl(campaign));
        Assert.Contains(findings.QuerySelectorAll(".finding-text"), p => p.TextContent == finding.Text["en"]);
        var edit = await facilitator.GetDocumentAsync($"{DemoOrg}/findings/edit/{finding.Id}");
        foreach (var field in new[] { "Text[fr]", "Text[nl]", "Text[en]" })
        {
            Assert.False(string.IsNullOrWhiteSpace(edit.QuerySelector($"textarea[name='{field}']")!.TextContent), field + " is empty");
        }

        Assert.NotEqual(edit.QuerySelector("textarea[name='Text[fr]']")!.TextContent, edit.QuerySelector("textarea[name='Text[nl]']")!.TextContent);
    }

    [Fact]
    public async Task Suggestion_Discarded_IsNoLongerSuggested_IsListedAsDiscarded_AndCanBeRestored()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var page = await facilitator.GetDocumentAsync(SuggestionsUrl(campaign));
        var keys = PendingKeys(page);
        Assert.NotEmpty(keys);
        var discard = HttpClientExtensions.FormOf(page, SuggestionsUrl(campaign), "Discard", 0);
        var key = discard.Fields.Single(f => f.Key == "Key").Value;

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(discard)).StatusCode);

        var after = await facilitator.GetDocumentAsync(SuggestionsUrl(campaign));
        Assert.DoesNotContain(key, PendingKeys(after));
        Assert.Equal(keys.Count - 1, PendingKeys(after).Count);
        var restore = HttpClientExtensions.FormOf(after, SuggestionsUrl(campaign), "Restore", 0);
        Assert.Equal(key, restore.Fields.Single(f => f.Key == "Key").Value);
        var discarded = await _app.InDemoAsync(db => db.Findings.SingleAsync(f => f.CampaignId == campaign && f.SuggestionKey == key));
        Assert.Equal(FindingStatus.Discarded, discarded.Status);
        var findings = await facilitator.GetDocumentAsync(FindingsUrl(campaign));
        Assert.DoesNotContain(findings.QuerySelectorAll(".finding-text"), p => p.TextContent == discarded.Text["en"]);
        Assert.Equal((keys.Count - 1).ToString(CultureInfo.InvariantCulture), findings.QuerySelector("[data-testid=suggestion-count]")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await facilitator.SubmitAsync(restore)).StatusCode);

        Assert.Equal(keys, PendingKeys(await facilitator.GetDocumentAsync(SuggestionsUrl(campaign))));
        Assert.False(await _app.InDemoAsync(db => db.Findings.AnyAsync(f => f.CampaignId == campaign && f.SuggestionKey == key)));
    }

    [Fact]
    public async Task WrittenFinding_WithScript_IsShownAsText()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewFindingUrl(campaign));

        var response = await facilitator.SubmitAsync(form, new() { ["Kind"] = "Risk", ["Themes"] = "governance", ["Text[en]"] = "<script>alert(1)</script> No owner for the address register.", ["Text[fr]"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await facilitator.GetStringAsync(FindingsUrl(campaign));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; No owner for the address register.", html, StringComparison.Ordinal);
        var viewerHtml = await (await _app.SignInAsync(DemoSeeder.ViewerEmail)).GetStringAsync(FindingsUrl(campaign));
        Assert.DoesNotContain("<script>alert(1)", viewerHtml, StringComparison.Ordinal);
        Assert.Contains("No owner for the address register.", viewerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Text[nl]", "long", "The text must be at most 4000 characters long.")]
    [InlineData("Themes", "", "Choose at least one theme.")]
    [InlineData("Themes", "no-such-theme", "Choose themes from the campaign's framework.")]
    [InlineData("Kind", "Rumour", "is not valid")]
    [InlineData("Notes", "random", "Choose evidence from this campaign.")]
    [InlineData("Answers", "-5", "Choose evidence from this campaign.")]
    public async Task WrittenFinding_BadInput_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        var campaign = await _app.DemoCampaignAsync();
        var before = await FindingCountAsync(campaign);
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewFindingUrl(campaign));
        var values = new Dictionary<string, string> { ["Kind"] = "Risk", ["Themes"] = "governance", ["Text[en]"] = "A finding." };
        values[field] = value switch
        {
            "long" => new string('x', 4001),
            "random" => Guid.NewGuid().ToString(),
            _ => value,
        };
        if (field == "Themes" && value == "")
        {
            values.Remove("Themes");
        }

        var response = await facilitator.SubmitAsync(form, values);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await FindingCountAsync(campaign));
    }

    [Fact]
    public async Task WrittenFinding_EvidenceFromAnotherOrganisation_IsRefused_AndNothingIsSaved()
    {
        var b = await SecondOrganisation.CreateAsync(_app);
        var noteId = Guid.NewGuid();
        await _app.DbAsync(
            db =>
            {
                db.EvidenceNotes.Add(new EvidenceNote { Id = noteId, OrganisationId = b.Id, CampaignId = b.CampaignId, ResponseId = b.InterviewId, Kind = NoteKind.Quote, Text = "Citation secrète de B" });
                return db.SaveChangesAsync();
            },
            b.Id);
        var campaign = await _app.DemoCampaignAsync();
        var before = await FindingCountAsync(campaign);
        var evidenceBefore = await _app.DbAsync(db => db.FindingEvidence.IgnoreQueryFilters().CountAsync());
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewFindingUrl(campaign));

        var response = await facilitator.SubmitAsync(form, new() { ["Kind"] = "Risk", ["Themes"] = "governance", ["Text[en]"] = "Borrowed evidence.", ["Notes"] = noteId.ToString() });

        Assert.Contains("Choose evidence from this campaign.", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.DoesNotContain("Citation secrète de B", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await FindingCountAsync(campaign));
        Assert.Equal(evidenceBefore, await _app.DbAsync(db => db.FindingEvidence.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Viewer_ReadsFindings_ButCannotEdit_AndSeesNoRespondentName()
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail);
        var facilitator = await _app.FacilitatorAsync();
        var finding = await _app.InDemoAsync(db => db.Findings.Where(f => f.CampaignId == campaign).OrderBy(f => f.Position).FirstAsync());

        var viewerPage = await viewer.GetDocumentAsync(FindingsUrl(campaign));
        var facilitatorPage = await facilitator.GetDocumentAsync(FindingsUrl(campaign));

        Assert.Equal(6, viewerPage.QuerySelectorAll(".finding-text").Length);
        Assert.Contains(viewerPage.QuerySelectorAll(".finding-text"), p => p.TextContent == finding.Text["en"]);
        Assert.Null(viewerPage.QuerySelector($"a[href*='/findings/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"{DemoOrg}/findings/edit/{finding.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(NewFindingUrl(campaign))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(SuggestionsUrl(campaign))).StatusCode);

        // The demo quotes are from named interviewees: the facilitator sees who said it, the viewer does not.
        var viewerEvidence = string.Join('\n', viewerPage.QuerySelectorAll("ul.evidence").Select(e => e.TextContent));
        var facilitatorEvidence = string.Join('\n', facilitatorPage.QuerySelectorAll("ul.evidence").Select(e => e.TextContent));
        Assert.Contains(StakeholderNames, name => facilitatorEvidence.Contains(name, StringComparison.Ordinal));
        Assert.Contains("Anonymous respondent", viewerEvidence, StringComparison.Ordinal);
        Assert.All(StakeholderNames, name => Assert.DoesNotContain(name, viewerPage.DocumentElement.OuterHtml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditFinding_StaleVersion_IsRefused_AndTheOtherEditStays()
    {
        var campaign = await _app.DemoCampaignAsync();
        var finding = await _app.InDemoAsync(db => db.Findings.Where(f => f.CampaignId == campaign).OrderBy(f => f.Position).FirstAsync());
        var url = $"{DemoOrg}/findings/edit/{finding.Id}";
        var first = await _app.FacilitatorAsync();
        var second = await _app.LeadAsync();
        var stale = await first.GetFormAsync(url);
        var fresh = await second.GetFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync(fresh, new() { ["Text[en]"] = "Second editor's words." })).StatusCode);
        var response = await first.SubmitAsync(stale, new() { ["Text[en]"] = "First editor's words." });

        Assert.Contains("Someone else changed this record", await ErrorsAsync(response), StringComparison.Ordinal);
        var after = await _app.InDemoAsync(db => db.Findings.SingleAsync(f => f.Id == finding.Id));
        Assert.Equal("Second editor's words.", after.Text["en"]);
        Assert.Equal(finding.Text["fr"], after.Text["fr"]);
    }

    [Fact]
    public async Task EditFinding_EvidenceIsKept_WhenTheTextChanges()
    {
        var campaign = await _app.DemoCampaignAsync();
        var finding = await _app.InDemoAsync(db => db.Findings.Where(f => f.CampaignId == campaign).OrderBy(f => f.Position).FirstAsync());
        var evidence = await _app.InDemoAsync(db => db.FindingEvidence.Where(e => e.FindingId == finding.Id).Select(e => e.NoteId).OrderBy(n => n).ToListAsync());
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync($"{DemoOrg}/findings/edit/{finding.Id}");

        var response = await facilitator.SubmitAsync(form, new() { ["Text[en]"] = "Reworded." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEmpty(evidence);
        Assert.Equal(evidence, await _app.InDemoAsync(db => db.FindingEvidence.Where(e => e.FindingId == finding.Id).Select(e => e.NoteId).OrderBy(n => n).ToListAsync()));
    }

    private sealed record PriorityLine(int Rank, string Theme, double Gap, int Votes, double Score, string Importance);

    private static List<PriorityLine> Priorities(IHtmlDocument doc) =>
        doc.QuerySelectorAll("[data-testid=priorities] tbody tr").Select(row =>
        {
            var cells = row.QuerySelectorAll("td").ToList();
            return new PriorityLine(
                int.Parse(cells[0].TextContent.Trim(), CultureInfo.InvariantCulture),
                row.QuerySelector("th")!.TextContent.Trim(),
                double.Parse(cells[1].TextContent.Trim(), CultureInfo.InvariantCulture),
                int.Parse(cells[2].TextContent.Trim(), CultureInfo.InvariantCulture),
                double.Parse(cells[4].TextContent.Trim(), CultureInfo.InvariantCulture),
                cells[3].TextContent.Trim());
        }).ToList();

    /// <summary>The priorities form with the row of <paramref name="themeName"/> changed.</summary>
    private static async Task<HttpResponseMessage> SetPriorityAsync(HttpClient client, Guid campaign, string themeName, Dictionary<string, string> values)
    {
        var url = $"{DemoOrg}/campaigns/{campaign}/priorities";
        var doc = await client.GetDocumentAsync(url);
        var index = doc.QuerySelectorAll("fieldset.priority-row").ToList().FindIndex(f => f.QuerySelector("legend")!.TextContent.Trim() == themeName);
        Assert.True(index >= 0, themeName);
        var form = HttpClientExtensions.FormOf(doc, url);
        return await client.SubmitAsync(form, values.ToDictionary(v => $"Rows[{index}].{v.Key}", v => v.Value));
    }

    [Fact]
    public async Task Priority_ImportanceFive_MovesTheThemeUpTheRanking()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var before = Priorities(await facilitator.GetDocumentAsync(FindingsUrl(campaign)));
        // A theme that five-fold importance lifts above the theme ranked just before it.
        var mover = before.Skip(1).FirstOrDefault(p => p.Gap * 5 > before[p.Rank - 2].Score + 0.2 && !p.Importance.StartsWith('5'));
        Assert.True(mover is not null, "no theme can move: " + string.Join("; ", before));

        var response = await SetPriorityAsync(facilitator, campaign, mover.Theme, new() { ["Importance"] = "5", ["Reasoning[en]"] = "Set by the steering committee." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await facilitator.GetDocumentAsync(FindingsUrl(campaign));
        var after = Priorities(page).Single(p => p.Theme == mover.Theme);
        Assert.True(after.Rank < mover.Rank, $"rank {mover.Rank} → {after.Rank}");
        Assert.StartsWith("5", after.Importance, StringComparison.Ordinal);
        Assert.Contains("Set by the steering committee.", page.QuerySelector("[data-testid=priorities]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Importance", "9", "Importance must be between 1 and 5.")]
    [InlineData("Importance", "0", "Importance must be between 1 and 5.")]
    [InlineData("Reasoning[nl]", "long", "The text must be at most 2000 characters long.")]
    [InlineData("ThemeId", "no-such-theme", "Choose themes from the campaign's framework.")]
    public async Task Priority_BadInput_IsRefused_AndNothingIsSaved(string field, string value, string message)
    {
        var campaign = await _app.DemoCampaignAsync();
        var before = await _app.InDemoAsync(db => db.ThemePriorities.AsNoTracking().Where(p => p.CampaignId == campaign).OrderBy(p => p.ThemeId).Select(p => new { p.ThemeId, p.ManualImportance, p.Version }).ToListAsync());
        var facilitator = await _app.FacilitatorAsync();
        var theme = (await facilitator.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/priorities")).QuerySelector("fieldset.priority-row legend")!.TextContent.Trim();

        var response = await SetPriorityAsync(facilitator, campaign, theme, new() { [field] = value == "long" ? new string('y', 2001) : value });

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        var after = await _app.InDemoAsync(db => db.ThemePriorities.AsNoTracking().Where(p => p.CampaignId == campaign).OrderBy(p => p.ThemeId).Select(p => new { p.ThemeId, p.ManualImportance, p.Version }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ErasingAStakeholder_RemovesTheirNotesFromFindingEvidence_AndNoNameRemains()
    {
        var campaign = await _app.DemoCampaignAsync();
        const string email = "sophie.lambert@ville-de-demo.example";
        var sophie = await _app.InDemoAsync(db => db.Stakeholders.Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
        var interview = await _app.InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign && r.StakeholderId == sophie).Select(r => r.Id).SingleAsync());
        var notes = await _app.InDemoAsync(db => db.EvidenceNotes.Where(n => n.ResponseId == interview).ToListAsync());
        var note = notes.First(n => n.Kind == NoteKind.Note);
        var quote = notes.First(n => n.Kind == NoteKind.Quote);
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewFindingUrl(campaign));
        var written = await facilitator.PostAsync(form.Action, new FormUrlEncodedContent(form.With(new() { ["Kind"] = "Risk", ["Themes"] = "governance", ["Text[en]"] = "Planning data has no owner." })
            .Where(f => f.Key != "Notes").Concat([new("Notes", note.Id.ToString()), new("Notes", quote.Id.ToString())])));
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var finding = (await _app.InDemoAsync(db => db.Findings.Where(f => f.CampaignId == campaign).ToListAsync())).Single(f => f.Text["en"] == "Planning data has no owner.");
        Assert.Equal(2, await _app.InDemoAsync(db => db.FindingEvidence.CountAsync(e => e.FindingId == finding.Id)));
        var beforeErasure = (await facilitator.GetDocumentAsync(FindingsUrl(campaign))).Body!.TextContent;
        Assert.Contains("Sophie Lambert", beforeErasure, StringComparison.Ordinal);
        Assert.Contains(note.Text, beforeErasure, StringComparison.Ordinal);

        var lead = await _app.LeadAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(await lead.GetFormAsync($"{DemoOrg}/stakeholders/erase/{sophie}"))).StatusCode);

        var evidence = await _app.InDemoAsync(db => db.FindingEvidence.Where(e => e.FindingId == finding.Id).Select(e => e.NoteId).ToListAsync());
        Assert.Equal([quote.Id], evidence);
        var html = await facilitator.GetStringAsync(FindingsUrl(campaign));
        var text = (await facilitator.GetDocumentAsync(FindingsUrl(campaign))).Body!.TextContent;
        Assert.DoesNotContain("Sophie Lambert", html, StringComparison.Ordinal);
        Assert.DoesNotContain(note.Text, text, StringComparison.Ordinal);
        Assert.Contains(quote.Text, text, StringComparison.Ordinal);
        Assert.Contains("Planning data has no owner.", text, StringComparison.Ordinal);
        var leadHtml = await lead.GetStringAsync(FindingsUrl(campaign));
        Assert.DoesNotContain("Sophie Lambert", leadHtml, StringComparison.Ordinal);
    }

    /// <summary>The input the error summary's first link leads to, after checking its error is next to it.</summary>
    private static IHtmlElement LinkedInput(IHtmlDocument doc, string message)
    {
        var target = doc.QuerySelector("[data-testid=error-summary] a")!.GetAttribute("href")![1..];
        var input = Assert.IsAssignableFrom<IHtmlElement>(doc.GetElementById(target));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(message, doc.GetElementById(input.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        return input;
    }

    [Fact]
    public async Task WrittenFinding_OverLongTextInOneLanguage_IsShownNextToThatField_AndTheSummaryLinksToIt()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var form = await facilitator.GetFormAsync(NewFindingUrl(campaign));

        var response = await facilitator.SubmitAsync(form, new() { ["Kind"] = "Risk", ["Themes"] = "governance", ["Text[en]"] = "A finding.", ["Text[nl]"] = new string('x', 4001) });

        var doc = await response.ParseAsync();
        var input = LinkedInput(doc, "The text must be at most 4000 characters long.");
        Assert.Equal(("Text[nl]", "nl"), (input.GetAttribute("name"), input.GetAttribute("lang")));
        Assert.Equal("Text in Dutch", doc.QuerySelector($"label[for='{input.Id}']")!.TextContent.Trim());
        Assert.Equal(["Text[fr]", "Text[nl]", "Text[en]"], doc.QuerySelectorAll("textarea[name^='Text[']").Select(t => t.GetAttribute("name")));
    }

    [Fact]
    public async Task Priority_OverLongReasoningInOneLanguage_IsShownNextToThatFieldOfItsRow_AndTheSummaryLinksToIt()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var theme = (await facilitator.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/priorities")).QuerySelector("fieldset.priority-row legend")!.TextContent.Trim();

        var response = await SetPriorityAsync(facilitator, campaign, theme, new() { ["Reasoning[en]"] = new string('y', 2001) });

        var doc = await response.ParseAsync();
        var input = LinkedInput(doc, "The text must be at most 2000 characters long.");
        Assert.Equal(("Rows[0].Reasoning[en]", "en"), (input.GetAttribute("name"), input.GetAttribute("lang")));
        Assert.Equal("Reasoning in English", doc.QuerySelector($"label[for='{input.Id}']")!.TextContent.Trim());
    }
}
