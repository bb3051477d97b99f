using System.Net;
using AngleSharp.Html.Dom;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static DataStrategy.Web.Tests.Infrastructure.AnalysisHelpers;

namespace DataStrategy.Web.Tests.Infrastructure;

/// <summary>What the strategy tests share: items made through the editor, versions taken through review and publication.</summary>
public static class StrategyHelpers
{
    /// <summary>
    /// Removes the demo's strategy content (sessions, city priorities, items, versions, history), so a test
    /// starts where an organisation that has not begun its strategy starts; the demo content has its own tests.
    /// </summary>
    public static Task ClearDemoStrategyAsync(this DssApp app) =>
        app.InDemoAsync(async db =>
        {
            await db.StrategyComments.Where(c => c.ParentId != null).ExecuteDeleteAsync();
            await db.StrategyComments.ExecuteDeleteAsync();
            await db.RaciAssignments.ExecuteDeleteAsync();
            await db.StrategyItemSessions.ExecuteDeleteAsync();
            await db.StrategyItemRevisions.ExecuteDeleteAsync();
            await db.StrategyItems.ExecuteDeleteAsync();
            await db.StrategyApprovals.ExecuteDeleteAsync();
            await db.StrategyVersions.ExecuteDeleteAsync();
            await db.Strategies.ExecuteDeleteAsync();
            await db.SessionOutcomes.ExecuteDeleteAsync();
            await db.WorkingSessionParticipants.ExecuteDeleteAsync();
            await db.WorkingSessions.ExecuteDeleteAsync();
            await db.CityPriorities.ExecuteDeleteAsync();
            return 0;
        });

    public const string StrategyPath = DemoOrg + "/strategy";

    /// <summary>The form's fields with every field named in <paramref name="values"/> replaced by those values (several per name allowed, as checkboxes post).</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, HtmlForm form, params (string Name, string Value)[] values)
    {
        var names = values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var fields = form.Fields.Where(f => !names.Contains(f.Key)).ToList();
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        return client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The form of <paramref name="doc"/> matching a CSS selector (e.g. "form.comment-form"), as the browser would post it.</summary>
    public static HtmlForm FormMatching(IHtmlDocument doc, string url, string selector)
    {
        var forms = doc.QuerySelectorAll("main form").ToList();
        var index = forms.FindIndex(f => f.Matches(selector));
        if (index < 0)
        {
            throw new InvalidOperationException($"No form {selector} on {url}");
        }

        return HttpClientExtensions.FormOf(doc, url, index: index);
    }

    /// <summary>An antiforgery token from the page (the layout's forms carry one), for posts the page itself offers no form for.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string url)
    {
        var doc = await client.GetDocumentAsync(url);
        return doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    /// <summary>Posts fields with a valid antiforgery token, as a hand-made form would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string tokenPage, string url, params (string Name, string Value)[] values)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await client.TokenAsync(tokenPage)) };
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Creates an item through the editor and returns the response (a redirect when saved).</summary>
    public static async Task<HttpResponseMessage> PostNewItemAsync(this HttpClient client, StrategyItemKind kind, params (string Name, string Value)[] values)
    {
        var form = await client.GetFormAsync($"{StrategyPath}/edit?kind={kind}");
        return await client.PostFormAsync(form, values);
    }

    /// <summary>Creates an item through the editor and returns its ID.</summary>
    public static async Task<Guid> NewItemAsync(this HttpClient client, StrategyItemKind kind, params (string Name, string Value)[] values)
    {
        var response = await client.PostNewItemAsync(kind, values);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var errors = (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent;
            throw new InvalidOperationException($"The item was not saved: {(int)response.StatusCode} {errors}");
        }

        return Guid.Parse(response.Location()!.Split('/')[^1]);
    }

    /// <summary>An objective with a title in three languages.</summary>
    public static Task<Guid> NewObjectiveAsync(this HttpClient client, string fr, string nl, string en, params (string Name, string Value)[] values) =>
        client.NewItemAsync(StrategyItemKind.Objective, [("Texts[title_fr]", fr), ("Texts[title_nl]", nl), ("Texts[title_en]", en), .. values]);

    /// <summary>Opens the item's editor and saves it with <paramref name="values"/> changed.</summary>
    public static async Task<HttpResponseMessage> EditItemAsync(this HttpClient client, Guid id, params (string Name, string Value)[] values)
    {
        var form = await client.GetFormAsync($"{StrategyPath}/edit/{id}");
        return await client.PostFormAsync(form, values);
    }

    /// <summary>Submits the working draft for review; returns the response (a redirect to the version when it worked).</summary>
    public static async Task<HttpResponseMessage> SubmitDraftAsync(this HttpClient client, string summary = "")
    {
        var form = await client.GetFormAsync(StrategyPath + "/submit");
        return await client.SubmitAsync(form, new() { ["Summary"] = summary });
    }

    /// <summary>Presses one of the review page's buttons (Approve or RequestChanges).</summary>
    public static async Task<HttpResponseMessage> ReviewAsync(this HttpClient client, int number, string handler, string comment = "")
    {
        var url = $"{StrategyPath}/versions/{number}/review";
        var doc = await client.GetDocumentAsync(url);
        var form = HttpClientExtensions.FormOf(doc, url);
        var action = doc.QuerySelector($"main button[formaction*='handler={handler}']")!.GetAttribute("formaction")!;
        return await client.SubmitAsync(form with { Action = action }, new() { ["Comment"] = comment });
    }

    public static async Task<HttpResponseMessage> PublishAsync(this HttpClient client, int number)
    {
        var form = await client.GetFormAsync($"{StrategyPath}/versions/{number}/publish");
        return await client.SubmitAsync(form);
    }

    /// <summary>Submits (as <paramref name="editor"/>), approves and publishes (as <paramref name="lead"/>) the draft; returns the version number.</summary>
    public static async Task<int> PublishDraftAsync(HttpClient editor, HttpClient lead)
    {
        var submitted = await editor.SubmitDraftAsync();
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var number = int.Parse(submitted.Location()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.ReviewAsync(number, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PublishAsync(number)).StatusCode);
        return number;
    }

    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ParseAsync()).QuerySelector("[data-testid=error-summary]")?.TextContent ?? "(no error summary)";
    }

    public static Task<int> ItemCountAsync(this DssApp app) => app.InDemoAsync(db => db.StrategyItems.CountAsync());

    public static Task<StrategyItem> ItemAsync(this DssApp app, Guid id) => app.InDemoAsync(db => db.StrategyItems.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<List<StrategyVersion>> VersionsAsync(this DssApp app) =>
        app.InDemoAsync(db => db.StrategyVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync());

    /// <summary>One of the city's own priorities, added directly (its page belongs to another feature).</summary>
    public static async Task<Guid> AddCityPriorityAsync(this DssApp app, string fr, string nl, string en)
    {
        var org = await app.DemoOrganisationIdAsync();
        var city = new CityPriority { OrganisationId = org, Name = LocalizedText.Of(fr, nl, en), Position = 1 };
        await app.DbAsync(db =>
        {
            db.CityPriorities.Add(city);
            return db.SaveChangesAsync();
        }, org);
        return city.Id;
    }

    /// <summary>A working session, added directly (its pages belong to another feature).</summary>
    public static async Task<Guid> AddSessionAsync(this DssApp app, string title)
    {
        var org = await app.DemoOrganisationIdAsync();
        var session = new WorkingSession { OrganisationId = org, Title = LocalizedText.Of(title, title, title), Template = WorkingSessionTemplate.VisionAndObjectives, Position = 1 };
        await app.DbAsync(db =>
        {
            db.WorkingSessions.Add(session);
            return db.SaveChangesAsync();
        }, org);
        return session.Id;
    }

    /// <summary>A demo stakeholder who has a department: (ID, name, department name in English).</summary>
    public static Task<(Guid Id, string Name, string Department)> StakeholderWithDepartmentAsync(this DssApp app) =>
        app.InDemoAsync(async db =>
        {
            var s = await db.Stakeholders.AsNoTracking().Include(s => s.Department).Where(s => s.DepartmentId != null && s.ErasedAt == null).OrderBy(s => s.Name).FirstAsync();
            return (s.Id, s.Name, s.Department!.Name.Get("en"));
        });

    /// <summary>Another organisation's strategy: a draft item and a version in review whose title must never leak.</summary>
    /// <summary>Gives an organisation's strategy (created if missing) an objective and a version in review, both titled <paramref name="title"/>.</summary>
    public static async Task AddStrategyAsync(this DssApp app, Guid organisationId, string title)
    {
        await app.DbAsync(async db =>
        {
            var strategy = await db.Strategies.SingleOrDefaultAsync();
            if (strategy is null)
            {
                strategy = new DataStrategy.Data.Entities.Strategy { OrganisationId = organisationId };
                db.Strategies.Add(strategy);
            }

            strategy.Title = LocalizedText.Of(title, title, title);
            var item = new StrategyItem { OrganisationId = organisationId, StrategyId = strategy.Id, Kind = StrategyItemKind.Objective, Position = 99, Title = LocalizedText.Of(title, title, title) };
            var snapshot = new StrategySnapshot { Title = strategy.Title, Items = [item.ToData()] };
            var number = (await db.StrategyVersions.Select(v => (int?)v.Number).MaxAsync() ?? 0) + 1;
            db.StrategyItems.Add(item);
            db.StrategyVersions.Add(new StrategyVersion { OrganisationId = organisationId, StrategyId = strategy.Id, Number = number, Status = StrategyVersionStatus.InReview, Snapshot = snapshot.ToJson(), SubmittedByName = "B" });
            return await db.SaveChangesAsync();
        }, organisationId);
    }
}
