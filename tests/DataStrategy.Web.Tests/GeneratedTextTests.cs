using System.Globalization;
using System.Text.RegularExpressions;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Infrastructure;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests;

/// <summary>Texts the application composes (counts, suggestions, CSV numbers, live counters) in the reader's language.</summary>
public sealed partial class GeneratedTextTests : IDisposable
{
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string Dashboard(Guid campaign) => $"{DemoOrg}/campaigns/{campaign}/dashboard";

    [Theory]
    [InlineData("fr", 0, "0 campagne")]
    [InlineData("fr", 1, "1 campagne")]
    [InlineData("fr", 2, "2 campagnes")]
    [InlineData("nl", 0, "0 campagnes")]
    [InlineData("nl", 1, "1 campagne")]
    [InlineData("en", 0, "0 campaigns")]
    [InlineData("en", 1, "1 campaign")]
    public void Count_FollowsThePluralRuleOfTheReadersLanguage(string language, int n, string expected)
    {
        var before = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
            var l = new KeyLocalizer(new()
            {
                ["{0} campaign"] = language switch { "fr" => "{0} campagne", "nl" => "{0} campagne", _ => "{0} campaign" },
                ["{0} campaigns"] = language switch { "fr" => "{0} campagnes", "nl" => "{0} campagnes", _ => "{0} campaigns" },
            });

            Assert.Equal(expected, l.Count(n, "{0} campaign", "{0} campaigns").Value);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = before;
        }
    }

    [Theory]
    [InlineData("fr", 1.5, "1,5 jour")]
    [InlineData("fr", 2.5, "2,5 jours")]
    [InlineData("en", 1.0, "1.0 days")]
    public void Quantity_WritesTheNumberInTheCulture_AndTakesItsForm(string language, double n, string expected)
    {
        var before = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
            var l = new KeyLocalizer(new()
            {
                ["{0} day"] = language == "fr" ? "{0} jour" : "{0} day",
                ["{0} days"] = language == "fr" ? "{0} jours" : "{0} days",
            });

            Assert.Equal(expected, l.Quantity(n, "0.0", "{0} day", "{0} days").Value);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = before;
        }
    }

    [Theory]
    [InlineData("fr", "atelier", "workshop")]
    [InlineData("nl", "workshop", "atelier")]
    public async Task WorkshopsCaption_IsInTheReadersLanguage(string language, string expected, string foreign)
    {
        var campaign = await _app.DemoCampaignAsync();
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: language);

        var caption = (await client.GetDocumentAsync($"{DemoOrg}/campaigns/{campaign}/workshops")).QuerySelector("caption")!.TextContent;

        Assert.Contains(expected, caption, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, caption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PresenterLiveCounters_French_ZeroAndOneAreSingular_AndCarryBothForms()
    {
        var campaign = await _app.DemoCampaignAsync();
        var workshop = await _app.InDemoAsync(db => db.Workshops.Where(w => w.CampaignId == campaign).Select(w => w.Id).FirstAsync());
        await _app.InDemoAsync(async db =>
        {
            await db.WorkshopVotes.Where(v => v.WorkshopId == workshop).ExecuteDeleteAsync();
            await db.WorkshopComments.Where(c => c.WorkshopId == workshop).ExecuteDeleteAsync();
            return await db.WorkshopParticipants.Where(p => p.WorkshopId == workshop).ExecuteDeleteAsync();
        });
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: "fr");

        var page = await client.GetDocumentAsync($"{DemoOrg}/workshops/{workshop}/present");

        var people = page.QuerySelector("[data-live-word=participants]")!;
        var ballots = page.QuerySelector("[data-live-word=ballots]")!;
        Assert.Equal("0", page.QuerySelector("[data-live=participants]")!.TextContent);
        Assert.Equal("personne connectée", people.TextContent);
        Assert.Equal("bulletin", ballots.TextContent);
        Assert.Equal("personnes connectées", people.GetAttribute("data-other"));
        Assert.Equal("bulletins", ballots.GetAttribute("data-other"));
    }

    [Fact]
    public async Task AcceptedSuggestion_IsWrittenInEachLanguage_WithItsDecimalSeparator()
    {
        var campaign = await _app.DemoCampaignAsync();
        var facilitator = await _app.FacilitatorAsync();
        var url = $"{DemoOrg}/campaigns/{campaign}/findings/suggestions";
        var page = await facilitator.GetDocumentAsync(url);

        var accept = HttpClientExtensions.FormOf(page, url, "Accept", 0);
        var key = accept.Fields.Single(f => f.Key == "Key").Value;

        var response = await facilitator.SubmitAsync(accept);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var text = await _app.InDemoAsync(db => db.Findings.Where(f => f.CampaignId == campaign && f.SuggestionKey == key).Select(f => f.Text).SingleAsync());
        Assert.Matches(@"\d,\d", text["fr"]!);
        Assert.Matches(@"\d,\d", text["nl"]!);
        Assert.Matches(@"\d\.\d", text["en"]!);
        Assert.DoesNotMatch(@"\d\.\d", text["fr"]!);
        Assert.DoesNotContain(" scores ", text["fr"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(" scores ", text["nl"]!, StringComparison.Ordinal);
        Assert.NotEqual(text["fr"], text["nl"]);
        Assert.Empty(DataStrategy.Core.Tests.Text.FrenchTypography.Problems(text["fr"]!));
    }

    [Theory]
    [InlineData("fr", ";", @"^\d,\d\d$")]
    [InlineData("nl", ";", @"^\d,\d\d$")]
    [InlineData("en", ",", @"^\d\.\d\d$")]
    public async Task ThemesCsv_ScoresUseTheReadersDecimalSeparator(string language, string delimiter, string score)
    {
        var campaign = await _app.DemoCampaignAsync();
        var viewer = await _app.SignInAsync(DemoSeeder.ViewerEmail, language: language);

        var rows = ReadCsv(await viewer.GetByteArrayAsync($"{Dashboard(campaign)}?handler=Csv&chart=themes"), delimiter);

        // Theme, respondents, score, mean…: every theme of the demo has enough answers to show a score.
        Assert.True(rows.Count > 2);
        Assert.All(rows.Skip(1), row => Assert.Matches(score, row[2]));
    }

    [Fact]
    public async Task SurveyLinksCsv_French_HeadersAndStatusesInFrench()
    {
        var campaign = await _app.DemoCampaignAsync();
        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: "fr");

        var response = await lead.GetAsync($"{DemoOrg}/campaigns/{campaign}/surveys?handler=Csv");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var rows = ReadCsv(await response.Content.ReadAsByteArrayAsync(), ";");
        Assert.Equal(new[] { "Nom", "Adresse e-mail", "Statut", "Lien" }, rows[0]);
        var statuses = Enum.GetValues<ResponseStatus>().Select(s => s.ToString()).ToHashSet();
        Assert.All(rows.Skip(1), row => Assert.DoesNotContain(row[2], statuses));
    }

    [Theory]
    [InlineData("fr", "\u00A0: ")]
    [InlineData("nl", ": ")]
    [InlineData("en", ": ")]
    public async Task AuditChanges_LabelAndValue_AreSeparatedByTheLanguagesColon(string language, string colon)
    {
        var lead = await _app.SignInAsync(DemoSeeder.LeadEmail, language: language);

        var labels = (await lead.GetDocumentAsync($"{DemoOrg}/audit")).QuerySelectorAll("td li > strong").ToList();

        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.StartsWith(colon, l.NextSibling!.TextContent, StringComparison.Ordinal));
    }

    /// <summary>A localizer over a fixed table, formatting like the real one (with the current culture).</summary>
    private sealed class KeyLocalizer(Dictionary<string, string> texts) : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, texts.GetValueOrDefault(name, name));

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.CurrentCulture, texts.GetValueOrDefault(name, name), arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => texts.Select(kv => new LocalizedString(kv.Key, kv.Value));
    }
}
