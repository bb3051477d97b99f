using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using DataStrategy.Core.Assessment;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// Interview autosave under concurrency (issue 17): 32 savers on one interview lose nothing and get no error, the whole-form
/// save still works beside them, a field save leaves the response row's concurrency token alone, and the autosave
/// endpoint answers JSON, in the reader's language, whatever goes wrong.
/// </summary>
public sealed class AutosaveConcurrencyTests : IDisposable
{
    private const string Org = "/o/" + DemoSeeder.Slug;
    private const int Clients = 32;
    private readonly DssApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>What a client sends for one question (all empty: the answer is cleared).</summary>
    private sealed record Write(string Level, string Target, string Evidence)
    {
        public static readonly Write Cleared = new(string.Empty, string.Empty, string.Empty);

        public bool IsCleared => this == Cleared;

        public bool Matches(Answer? answer)
        {
            if (IsCleared)
            {
                return answer is null;
            }

            if (answer is null || answer.Evidence != Evidence || answer.TargetLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) != (Target.Length == 0 ? null : Target))
            {
                return false;
            }

            return Level switch
            {
                "dk" => answer.State == AnswerState.DontKnow,
                "na" => answer.State == AnswerState.NotApplicable,
                _ => answer.State == AnswerState.Level && answer.Level == int.Parse(Level, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }

    private sealed record Capture(Guid Id, Guid Campaign, string Url, string[] Questions);

    private async Task<T> InDemoAsync<T>(Func<DataStrategy.Data.AppDbContext, Task<T>> query) =>
        await _app.DbAsync(query, await _app.DemoOrganisationIdAsync());

    /// <summary>A new campaign on the built-in framework (30 questions) with one planned interview.</summary>
    private async Task<Capture> NewInterviewAsync(string? campaignStatus = "Collecting")
    {
        var lead = await _app.LeadAsync();
        var form = await lead.GetFormAsync(Org + "/campaigns/edit");
        var created = await lead.SubmitAsync(form, new() { ["Name[fr]"] = "Concurrence " + Guid.NewGuid().ToString("N")[..6], ["Name[nl]"] = "Gelijktijdigheid", ["Status"] = campaignStatus! });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var campaign = Guid.Parse(created.Location()!.Split('/')[^1]);
        var stakeholder = await InDemoAsync(db => db.Stakeholders.Where(s => s.Email == "sophie.lambert@ville-de-demo.example").Select(s => s.Id).SingleAsync());
        var plan = await lead.SubmitAsync(await lead.GetFormAsync($"{Org}/interviews/edit?campaign={campaign}"), new() { ["StakeholderId"] = stakeholder.ToString(), ["ScheduledAt"] = "2026-12-01T10:00" });
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        var id = await InDemoAsync(db => db.Responses.Where(r => r.CampaignId == campaign && r.Kind == ResponseKind.Interview).Select(r => r.Id).SingleAsync());
        var questions = await InDemoAsync(async db =>
        {
            var frameworkId = await db.Campaigns.Where(c => c.Id == campaign).Select(c => c.FrameworkId).SingleAsync();
            return (await FrameworkLibrary.DefinitionAsync(db, frameworkId))!.Questions.Select(q => q.Id).ToArray();
        });
        return new Capture(id, campaign, $"{Org}/interviews/{id}", questions);
    }

    /// <summary>A signed-in browser session on the capture page: the client and the page's antiforgery token.</summary>
    private async Task<(HttpClient Client, string Token)> SessionAsync(Capture capture, string language = "en")
    {
        var client = await _app.SignInAsync(DemoSeeder.FacilitatorEmail, language: language);
        var form = await client.GetFormAsync(capture.Url, index: 0);
        return (client, form.Fields.First(f => f.Key == "__RequestVerificationToken").Value);
    }

    /// <summary>Exactly what the page's script sends for one field.</summary>
    private static async Task<HttpResponseMessage> PostFieldAsync(HttpClient client, string url, string? token, string questionId, Write write)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(questionId), "QuestionId" },
            { new StringContent(write.Level), "Level" },
            { new StringContent(write.Target), "Target" },
            { new StringContent(write.Evidence), "Evidence" },
        };
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url + "?handler=Field") { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    private static readonly string[] Levels = ["1", "2", "3", "4", "5", "dk", "na"];

    /// <summary>Client <paramref name="client"/>'s write number <paramref name="round"/> to a question: different every time.</summary>
    private static Write WriteOf(int client, int round, string question, bool clear) => clear
        ? Write.Cleared
        : new Write(Levels[(client + (round * 3)) % Levels.Length], round % 2 == 0 ? ((client + round) % 5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, $"client {client}, write {round}, {question}");

    private static async Task<string?> FailureOf(HttpResponseMessage response, string what)
    {
        using (response)
        {
            return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/json"
                ? null
                : $"{what}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {(await response.Content.ReadAsStringAsync()).Split('\n')[0]}";
        }
    }

    [Fact]
    public async Task ThirtyTwoSavers_OnOneInterview_GetNoError_AndEveryQuestionKeepsItsLastWrite()
    {
        var capture = await NewInterviewAsync();
        Assert.Equal(30, capture.Questions.Length);
        // Four browser sessions (two facilitators' laptops, two tabs each) share the 32 clients.
        var sessions = new List<(HttpClient Client, string Token)>();
        for (var s = 0; s < 4; s++)
        {
            sessions.Add(await SessionAsync(capture));
        }

        // Questions 0–25: one client each, written five times in turn (the second write clears the answer). Questions
        // 26–29: written by the six other clients, every one of them writing each of the four, five times.
        const int Rounds = 5;
        const int Owned = 26;
        var last = new ConcurrentDictionary<(int Client, string Question), Write>();
        var failures = new ConcurrentBag<string>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            var (client, token) = sessions[c % sessions.Count];
            var mine = c < Owned ? [capture.Questions[c]] : capture.Questions[Owned..];
            await start.Task;
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var question in mine)
                {
                    var write = WriteOf(c, round, question, clear: round == 1 && (c < Owned || c % 2 == 0));
                    if (await FailureOf(await PostFieldAsync(client, capture.Url, token, question, write), $"client {c} write {round} {question}") is { } failure)
                    {
                        failures.Add(failure);
                    }

                    last[(c, question)] = write;
                }
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(clients);

        var answers = await InDemoAsync(db => db.Answers.AsNoTracking().Where(a => a.ResponseId == capture.Id).ToDictionaryAsync(a => a.QuestionId));
        var lost = new List<string>();
        foreach (var question in capture.Questions)
        {
            // Writes of one client follow each other; those of different clients overlap. The last write to land is
            // therefore the last write of one of the question's clients, whichever.
            var candidates = last.Where(w => w.Key.Question == question).Select(w => w.Value).ToList();
            if (!candidates.Any(c => c.Matches(answers.GetValueOrDefault(question))))
            {
                lost.Add($"{question}: holds \"{answers.GetValueOrDefault(question)?.Evidence ?? "nothing"}\"");
            }
        }

        var saves = (Owned * Rounds) + ((Clients - Owned) * 4 * Rounds);
        Assert.True(failures.IsEmpty && lost.Count == 0, $"{failures.Count} of {saves} saves failed (e.g. {string.Join(" | ", failures.Take(3))}); {lost.Count} of 30 questions do not hold their last write: {string.Join("; ", lost)}");
        var response = await InDemoAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.Id == capture.Id));
        Assert.Equal(ResponseStatus.InProgress, response.Status);
    }

    [Fact]
    public async Task WholeFormSaves_BesideThirtyTwoFieldSavers_AllSucceed_AndEachScreenLandsWhole()
    {
        var capture = await NewInterviewAsync();
        var (client, token) = await SessionAsync(capture);
        var screen = capture.Questions[..4];
        Assert.All(screen, q => Assert.StartsWith("lead-", q, StringComparison.Ordinal));
        var others = capture.Questions[4..];
        var failures = new ConcurrentBag<string>();
        var lastField = new ConcurrentDictionary<string, Write>();
        var lastForm = new ConcurrentBag<string>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Eight people press "Save" on the first screen (no JavaScript), three times each, while 24 scripts save the
        // other questions field by field.
        var forms = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            await start.Task;
            for (var round = 0; round < 3; round++)
            {
                var tag = $"form {w}/{round}";
                var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Theme", "leadership"), new("go", "stay") };
                for (var i = 0; i < screen.Length; i++)
                {
                    fields.Add(new($"A[{i}].QuestionId", screen[i]));
                    fields.Add(new($"A[{i}].Level", Levels[(w + round + i) % Levels.Length]));
                    fields.Add(new($"A[{i}].Target", string.Empty));
                    fields.Add(new($"A[{i}].Evidence", $"{tag} {screen[i]}"));
                }

                using var response = await client.PostAsync(capture.Url, new FormUrlEncodedContent(fields));
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    failures.Add($"{tag}: {(int)response.StatusCode}");
                }
            }

            lastForm.Add($"form {w}/2");
        }));
        var fieldSavers = Enumerable.Range(0, 24).Select(c => Task.Run(async () =>
        {
            await start.Task;
            var question = others[c];
            for (var round = 0; round < 4; round++)
            {
                var write = WriteOf(c, round, question, clear: false);
                if (await FailureOf(await PostFieldAsync(client, capture.Url, token, question, write), $"field {c}/{round}") is { } failure)
                {
                    failures.Add(failure);
                }

                lastField[question] = write;
            }
        }));
        var all = forms.Concat(fieldSavers).ToList();
        start.SetResult();
        await Task.WhenAll(all);

        Assert.True(failures.IsEmpty, string.Join(" | ", failures.Take(5)));
        var answers = await InDemoAsync(db => db.Answers.AsNoTracking().Where(a => a.ResponseId == capture.Id).ToDictionaryAsync(a => a.QuestionId));
        Assert.All(lastField, w => Assert.True(w.Value.Matches(answers.GetValueOrDefault(w.Key)), $"{w.Key} lost its last write"));
        // The screen holds the four answers of one save, the last one of its writer: never a mix of two saves.
        var tags = screen.Select(q => answers[q].Evidence![..^(q.Length + 1)]).Distinct().ToList();
        Assert.Single(tags);
        Assert.Contains(tags[0], lastForm);
        var response = await InDemoAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.Id == capture.Id));
        Assert.Equal(ResponseStatus.InProgress, response.Status);
    }

    [Fact]
    public async Task FieldSave_LeavesTheResponseRowsConcurrencyTokenAlone()
    {
        var capture = await NewInterviewAsync();
        var (client, token) = await SessionAsync(capture);
        var before = await InDemoAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.Id == capture.Id));
        Assert.Equal(ResponseStatus.Planned, before.Status);

        var first = await PostFieldAsync(client, capture.Url, token, "lead-01", new Write("2", "4", "Stratégie de 2019."));
        var cleared = await PostFieldAsync(client, capture.Url, token, "lead-01", Write.Cleared);
        var second = await PostFieldAsync(client, capture.Url, token, "gov-02", new Write("dk", string.Empty, string.Empty));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, cleared.StatusCode, second.StatusCode));
        var after = await InDemoAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.Id == capture.Id));
        Assert.Equal(before.Version, after.Version);
        // The interview has started and resumes where the last field was saved; neither is an edit of the row.
        Assert.Equal((ResponseStatus.InProgress, "governance"), (after.Status, after.LastThemeId));
        var answers = await InDemoAsync(db => db.Answers.AsNoTracking().Where(a => a.ResponseId == capture.Id).ToListAsync());
        Assert.Equal("gov-02", Assert.Single(answers).QuestionId);
        Assert.Equal(AnswerState.DontKnow, answers[0].State);
        // The analysis cache is keyed by the campaign's answers stamp: a field save renews it.
        var stamp = await InDemoAsync(db => db.Campaigns.Where(c => c.Id == capture.Campaign).Select(c => c.AnswersStamp).SingleAsync());
        await PostFieldAsync(client, capture.Url, token, "gov-03", new Write("3", string.Empty, string.Empty));
        Assert.NotEqual(stamp, await InDemoAsync(db => db.Campaigns.Where(c => c.Id == capture.Campaign).Select(c => c.AnswersStamp).SingleAsync()));
    }

    [Fact]
    public async Task FieldSave_HostileText_IsSavedAsPlainText_OnEveryProvider()
    {
        var capture = await NewInterviewAsync();
        var (client, token) = await SessionAsync(capture);
        const string Hostile = "<script>alert('x')</script>\0 =HYPERLINK(\"http://evil\") \u202e'; DROP TABLE \"Answers\";-- ";

        var response = await PostFieldAsync(client, capture.Url, token, "lead-01", new Write("2", string.Empty, Hostile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await InDemoAsync(db => db.Answers.AsNoTracking().SingleAsync(a => a.ResponseId == capture.Id));
        // PostgreSQL refuses the NUL character in text: it is dropped, the rest is kept as typed.
        Assert.Equal(Hostile.Replace("\0", string.Empty, StringComparison.Ordinal).Trim(), answer.Evidence);
        var page = await client.GetStringAsync(capture.Url);
        Assert.DoesNotContain("<script>alert('x')", page, StringComparison.Ordinal);
    }

    public static TheoryData<string, HttpStatusCode, string> Errors => new()
    {
        { "unknown question", HttpStatusCode.BadRequest, "«\u00A0'; DROP TABLE \"Answers\";--\u00A0» n'est pas une question de ce référentiel." },
        { "level out of range", HttpStatusCode.BadRequest, "lead-01\u00A0: choisissez un niveau dans la liste." },
        { "target out of range", HttpStatusCode.BadRequest, "lead-01\u00A0: choisissez un niveau cible dans la liste." },
        { "evidence too long", HttpStatusCode.BadRequest, "lead-01\u00A0: les éléments probants dépassent 4000 caractères." },
        { "no antiforgery token", HttpStatusCode.BadRequest, "Cette réponse n'a pas pu être enregistrée\u00A0: rechargez la page, puis réessayez." },
        { "unknown interview", HttpStatusCode.NotFound, "Cet entretien ou cette enquête n'existe plus, ou vous n'y avez plus accès." },
        { "signed out", HttpStatusCode.Unauthorized, "Votre session a pris fin\u00A0: reconnectez-vous dans un autre onglet, puis enregistrez à nouveau." },
        { "closed campaign", HttpStatusCode.Conflict, "Cette campagne est clôturée\u00A0: ses réponses sont figées." },
        { "server error", HttpStatusCode.InternalServerError, "Le serveur n'a pas pu enregistrer cette réponse. Réessayez dans un instant." },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task FieldSave_AnswersJson_InTheReadersLanguage_WhateverGoesWrong(string error, HttpStatusCode status, string message)
    {
        var capture = await NewInterviewAsync();
        var (client, token) = await SessionAsync(capture, "fr");
        var url = capture.Url;
        var question = "lead-01";
        var write = new Write("3", string.Empty, "Preuve");
        switch (error)
        {
            case "unknown question":
                question = "'; DROP TABLE \"Answers\";--";
                break;
            case "level out of range":
                write = write with { Level = "9" };
                break;
            case "target out of range":
                write = write with { Target = "0" };
                break;
            case "evidence too long":
                write = write with { Evidence = new string('x', 4001) };
                break;
            case "no antiforgery token":
                token = null;
                break;
            case "unknown interview":
                url = $"{Org}/interviews/{Guid.NewGuid()}";
                break;
            case "signed out":
                client = _app.Anonymous("fr");
                break;
            case "closed campaign":
                await InDemoAsync(db => db.Campaigns.Where(c => c.Id == capture.Campaign).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Closed)));
                break;
            case "server error":
                await RenameAnswersTableAsync("Answers", "AnswersAway");
                break;
        }

        HttpResponseMessage response;
        try
        {
            response = await PostFieldAsync(client, url, token, question, write);
        }
        finally
        {
            if (error == "server error")
            {
                await RenameAnswersTableAsync("AnswersAway", "Answers");
            }
        }

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(message, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.Equal(0, await InDemoAsync(db => db.Answers.CountAsync(a => a.ResponseId == capture.Id)));
    }

    [Fact]
    public async Task SurveyFieldSave_AnswersJson_ForAnUnknownLink()
    {
        var respondent = _app.Anonymous("nl");
        var token = (await respondent.GetFormAsync("/account/login")).Fields.First(f => f.Key == "__RequestVerificationToken").Value;

        var unknown = await PostFieldAsync(respondent, "/survey/" + new string('x', 32), token, "lead-01", new Write("3", string.Empty, string.Empty));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Dit interview of deze enquête bestaat niet meer, of u hebt er geen toegang meer toe.", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    /// <summary>Makes every answer write fail (the table is gone) in this test's own database, and back.</summary>
    private Task<int> RenameAnswersTableAsync(string from, string to) =>
        _app.DbAsync(db => db.Database.ExecuteSqlRawAsync(from == "Answers"
            ? "ALTER TABLE \"Answers\" RENAME TO \"AnswersAway\""
            : "ALTER TABLE \"AnswersAway\" RENAME TO \"Answers\""));
}
