using DataStrategy.Core.Analysis;
using DataStrategy.Core.Documents;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Analysis;

/// <summary>
/// Turns a campaign's analysis, findings, priorities and quotes into the report model, in one
/// language. Only suppressed numbers go in (null = too few answers) and quotes carry no names,
/// so the document can be shared with everyone who may see the dashboard.
/// </summary>
public static class MaturityReportComposer
{
    public const int MaxQuotesPerTheme = 12;

    public static async Task<MaturityReport?> ComposeAsync(AppDbContext db, Guid campaignId, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var analysis = await CampaignAnalyses.RunAsync(db, campaignId, null, cancellationToken);
        if (analysis is null)
        {
            return null;
        }

        var campaign = analysis.Campaign;
        var definition = analysis.Definition;
        var result = analysis.Result;
        var culture = DocumentTexts.Culture(language);
        string Text(string key, params object?[] args) => DocumentTexts.Report.Get(key, language, args);
        string Count(string key, long n) => DocumentTexts.Report.Count(key, language, n);
        string Number(double? value) => value?.ToString("0.0", culture) ?? DocumentTexts.Report.Get(ReportLabels.TooFew, language);
        string ThemeName(string id) => definition.Theme(id)?.Name.Get(language) ?? id;
        string Quoted(string name) => DocumentTexts.Quote(name, language);

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == campaign.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.CampaignId == campaignId && f.Status == FindingStatus.Accepted)
            .OrderBy(f => f.Position).ThenBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
        var priorities = await Priorities.RankAsync(db, analysis, cancellationToken);
        var quotes = await db.EvidenceNotes.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Kind == NoteKind.Quote)
            .OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Text, n.Language, n.ThemeId, n.QuestionId })
            .ToListAsync(cancellationToken);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.Status != ResponseStatus.Cancelled)
            .GroupBy(r => r.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var ruleText = analysis.Rule.Kind == RollUpKind.ShareAtLevel
            ? Text("Rule.ShareAtLevel", analysis.Rule.Threshold.ToString("0%", culture))
            : Text("Rule." + analysis.Rule.Kind);
        var overall = result.All.Overall;

        var summary = new List<string>
        {
            campaign.StartsOn is { } start && campaign.EndsOn is { } end
                ? Text("Summary.Period", organisation.Get(language), Quoted(definition.Name.Get(language)), start.ToString("d", culture), end.ToString("d", culture))
                : Text("Summary.NoPeriod", organisation.Get(language), Quoted(definition.Name.Get(language))),
            Text("Summary.Overall", Number(overall.Score), definition.MaxLevel),
        };
        if (!result.All.Suppressed)
        {
            // The dashboard's respondent count, in the same words in every language.
            summary.Insert(1, Count("Summary.Respondents", result.All.Respondents));
        }
        if (analysis.PreviousCampaign is not null && analysis.Previous?.All.Overall.Score is { } before)
        {
            summary.Add(Text("Summary.OverallChange", Number(before), Quoted(analysis.PreviousCampaign.Name.Get(language))));
        }

        var highest = analysis.Themes.Where(t => t.Score is not null).OrderByDescending(t => t.Score).Take(2).Select(t => ThemeName(t.Id)).ToList();
        if (highest.Count > 0)
        {
            summary.Add(Text("Summary.Highest", string.Join(", ", highest)));
        }

        var gaps = analysis.Themes.Where(t => t.Gap > 0).OrderByDescending(t => t.Gap).Take(2).Select(t => ThemeName(t.Id)).ToList();
        if (gaps.Count > 0)
        {
            summary.Add(Text("Summary.Gaps", string.Join(", ", gaps)));
        }

        if (priorities.Count > 0 && priorities[0].Ranked.Score > 0)
        {
            summary.Add(DocumentTexts.Report.Count("Summary.Priorities", language, findings.Count, Quoted(ThemeName(priorities[0].Ranked.ThemeId))));
        }

        var method = new List<string>
        {
            Text(
                "Method.Answers",
                Count("Count.Interviews", responses.GetValueOrDefault(ResponseKind.Interview)),
                Count("Count.SurveyResponses", responses.GetValueOrDefault(ResponseKind.Survey)),
                Count("Count.ImportedResponses", responses.GetValueOrDefault(ResponseKind.Imported)),
                overall.Suppressed ? Text("Count.LevelAnswers" + DocumentTexts.OtherSuffix, "–") : Count("Count.LevelAnswers", overall.Answers),
                overall.Suppressed ? Text("Count.DontKnow" + DocumentTexts.OtherSuffix, "–") : Count("Count.DontKnow", overall.DontKnow)),
            Text("Method.Rule", ruleText),
            Text("Method.Suppression", campaign.MinGroupSize),
            Text("Method.Interval", result.Options.Resamples),
        };
        if (analysis.PreviousCampaign is not null)
        {
            method.Add(Text("Method.Previous", Quoted(analysis.PreviousCampaign.Name.Get(language))));
        }

        var scope = campaign.DepartmentIds.Select(Guid.Parse).ToHashSet();
        var heat = analysis.Departments.Select((d, i) => (d, i))
            .Where(x => (scope.Count == 0 || scope.Contains(x.d.Id)) && x.i < result.Departments.Count)
            .Select(x => new ReportHeatRow(x.d.Name.Get(language), result.Departments[x.i].Themes.Select(n => n.Score).ToList()))
            .ToList();

        ReportFinding Finding(Finding f) => new(f.Text.Get(language), f.ThemeIds.Select(ThemeName).ToList());
        var details = definition.Themes.Select(theme =>
        {
            var questions = definition.QuestionsOf(theme).Select(q =>
            {
                var node = result.All.Questions[result.Structure.QuestionIndex[q.Id]];
                return new ReportQuestionRow(q.Id, q.Text.Get(language), node.Score, node.Distribution, node.DontKnowShare);
            }).ToList();
            var questionIds = questions.Select(q => q.Id).ToHashSet();
            var themeQuotes = quotes.Where(n => n.ThemeId == theme.Id || (n.QuestionId is not null && questionIds.Contains(n.QuestionId)))
                .Select(n => new ReportQuote(n.Text, n.Language)).DistinctBy(n => n.Text).Take(MaxQuotesPerTheme).ToList();
            return new ReportThemeDetail(theme.Name.Get(language), theme.Description.IsEmpty ? null : theme.Description.Get(language), questions, themeQuotes);
        }).ToList();

        // The framework's topics × its themes: each cell rolls up the questions of one topic within one theme by the framework's rule.
        var topics = definition.Topics.Select((topic, index) =>
        {
            var cells = analysis.Themes.Select(theme =>
            {
                var questions = definition.Questions.Where(q => q.TopicId == topic.Id && q.ThemeId == theme.Id).ToList();
                var scores = questions.Select(q => result.All.Questions[result.Structure.QuestionIndex[q.Id]].Score).OfType<double>().ToArray();
                return new ReportMatrixCell(questions.Count, scores.Length == 0 ? null : analysis.Rule.Apply(scores, definition.MaxLevel));
            }).ToList();
            var topicIndex = result.Structure.TopicIds.ToList().IndexOf(topic.Id);
            return new ReportTopicRow(topic.Name.Get(language), topicIndex >= 0 && topicIndex < result.All.Topics.Count ? result.All.Topics[topicIndex].Score : null, cells);
        }).ToList();

        // One recommendation per ranked theme below its target: the findings on that theme and the initiatives that answer it.
        var initiatives = await db.Initiatives.AsNoTracking()
            .Where(i => i.Status != InitiativeStatus.Cancelled)
            .OrderBy(i => i.Position).ThenBy(i => i.Code)
            .Select(i => new { i.Code, i.Title, i.ThemeIds })
            .ToListAsync(cancellationToken);
        var recommendations = priorities.Where(p => p.Ranked.HasTarget && p.Ranked.Gap > 0)
            .Select(p =>
            {
                var insight = analysis.Themes.First(t => t.Id == p.Ranked.ThemeId);
                return new ReportRecommendation(
                    ThemeName(p.Ranked.ThemeId),
                    Text("Recommendation.Raise", Quoted(ThemeName(p.Ranked.ThemeId)), Number(insight.Score), insight.Target),
                    findings.Where(f => f.Kind != FindingKind.Strength && f.ThemeIds.Contains(p.Ranked.ThemeId)).Select(f => f.Text.Get(language)).ToList(),
                    initiatives.Where(i => i.ThemeIds.Contains(p.Ranked.ThemeId)).Select(i => $"{i.Code} · {i.Title.Get(language)}").ToList());
            })
            .ToList();

        // The data inventory as it stands today (the frameworks ask for it next to the assessment's scores).
        var now = DateTimeOffset.UtcNow;
        var inventory = await Inventory.InventoryIndicators.ComposeAsync(db, now, cancellationToken);

        return new MaturityReport
        {
            Language = language,
            Title = Text("Title"),
            OrganisationName = organisation.Get(language),
            CampaignName = campaign.Name.Get(language),
            FrameworkName = definition.Name.Get(language) + " · " + analysis.Framework.VersionLabel,
            DateText = DateTime.UtcNow.ToString("D", culture),
            Labels = DocumentTexts.Report.For(language),
            Summary = summary,
            Method = method,
            LevelNames = definition.Levels.OrderBy(l => l.Value).Select(l => l.Name.Get(language)).ToList(),
            Themes = analysis.Themes.Select(t =>
            {
                var node = result.All.Themes[t.Index];
                return new ReportTheme(t.Id, ThemeName(t.Id), t.Score, t.Target, t.Previous, node.Respondents, node.CiLow, node.CiHigh);
            }).ToList(),
            HeatMap = heat,
            Strengths = findings.Where(f => f.Kind == FindingKind.Strength).Select(Finding).ToList(),
            Opportunities = findings.Where(f => f.Kind == FindingKind.Opportunity).Select(Finding).ToList(),
            Risks = findings.Where(f => f.Kind is FindingKind.Risk or FindingKind.Disagreement).Select(Finding).ToList(),
            Priorities = priorities.Select(p => new ReportPriority(p.Ranked.Rank, ThemeName(p.Ranked.ThemeId), p.Ranked.Gap, p.Ranked.Importance, p.Ranked.Score, p.Stored is { } s && !s.Reasoning.IsEmpty ? s.Reasoning.Get(language) : null, p.Ranked.HasTarget)).ToList(),
            Recommendations = recommendations,
            Inventory = InventorySentences.Sentences(inventory, language, DateOnly.FromDateTime(now.UtcDateTime)),
            InventoryRows = InventorySentences.Rows(inventory, language),
            Topics = topics,
            Details = details,
            Appendix = definition.Themes.Select(theme => new ReportAppendixTheme(
                theme.Name.Get(language),
                definition.QuestionsOf(theme).Select(q => new ReportAppendixQuestion(
                    q.Id,
                    q.Text.Get(language),
                    definition.Levels.OrderBy(l => l.Value).Select(l => q.Descriptors.TryGetValue(l.Value, out var d) ? d.Get(language) : string.Empty).ToList())).ToList())).ToList(),
        };
    }
}
