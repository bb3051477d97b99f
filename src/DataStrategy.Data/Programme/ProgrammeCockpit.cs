using DataStrategy.Core.Programme;
using DataStrategy.Core.Text;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Translations;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Data.Programme;

/// <summary>
/// The programme cockpit: where each phase stands, what a new organisation still has to set up, what those who
/// run the programme have to do next, and the summary its readers see. Every figure is counted from the
/// organisation's data (the context's tenant filter applies); <see cref="PhaseRules"/> judges the states.
/// </summary>
public static class ProgrammeCockpit
{
    /// <summary>How many upcoming interviews the cockpit lists (the count covers them all).</summary>
    public const int InterviewsShown = 5;

    /// <summary>How many overdue actions or initiatives the cockpit lists, each.</summary>
    public const int OverdueShown = 8;

    /// <summary>
    /// The campaign the programme is about: the latest one that has started (collecting or later), or else the
    /// latest one planned. A re-assessment planned for later does not take over before it starts.
    /// </summary>
    public static async Task<Campaign?> FocusCampaignAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var campaigns = await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken);
        return campaigns
            .OrderBy(c => c.Status == CampaignStatus.Planning ? 0 : 1)
            .ThenBy(c => c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime))
            .ThenBy(c => c.CreatedAt)
            .LastOrDefault();
    }

    public static async Task<IReadOnlyList<PhaseStatus>> PhasesAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var focus = await FocusCampaignAsync(db, cancellationToken);
        var phases = new List<PhaseStatus>(6);

        // Assessment: the focus campaign's responses.
        var responses = focus is null ? [] : await db.Responses.AsNoTracking()
            .Where(r => r.CampaignId == focus.Id && r.Status != ResponseStatus.Cancelled)
            .Select(r => new { r.Status, r.CreatedAt, r.CompletedAt }).ToListAsync(cancellationToken);
        var completed = responses.Count(r => r.Status == ResponseStatus.Completed);
        var assessment = PhaseRules.Assessment(focus is not null, focus is { Status: not CampaignStatus.Planning }, focus is { Status: CampaignStatus.Analysing or CampaignStatus.Closed }, completed);
        var assessmentEnd = focus?.EndsOn ?? (assessment == PhaseState.Done ? Date(responses.Max(r => r.CompletedAt)) : null);
        phases.Add(new PhaseStatus(ProgrammePhase.Assessment, assessment, focus?.StartsOn ?? Date(responses.Min(r => (DateTimeOffset?)r.CreatedAt)), assessmentEnd, completed, responses.Count));

        // Findings workshop: the focus campaign's findings and workshops.
        var findings = focus is null ? 0 : await db.Findings.CountAsync(f => f.CampaignId == focus.Id && f.Status == FindingStatus.Accepted, cancellationToken);
        var workshops = focus is null ? [] : await db.Workshops.AsNoTracking().Where(w => w.CampaignId == focus.Id).Select(w => new { w.Status, w.HeldOn }).ToListAsync(cancellationToken);
        var ended = workshops.Count(w => w.Status == WorkshopStatus.Ended);
        phases.Add(new PhaseStatus(ProgrammePhase.FindingsWorkshop,
            PhaseRules.FindingsWorkshop(findings, workshops.Count, workshops.Count(w => w.Status == WorkshopStatus.Live), ended),
            workshops.Min(w => w.HeldOn), workshops.Max(w => w.HeldOn), ended, workshops.Count));

        // Working sessions: held when their date has come.
        var sessions = await db.WorkingSessions.AsNoTracking().Select(s => s.HeldOn).ToListAsync(cancellationToken);
        var held = sessions.Count(d => d is { } h && h <= today);
        phases.Add(new PhaseStatus(ProgrammePhase.WorkingSessions, PhaseRules.WorkingSessions(sessions.Count, held), sessions.Min(), sessions.Max(), held, sessions.Count));

        // Strategy: items and the review of versions.
        var items = await db.StrategyItems.CountAsync(cancellationToken);
        var versions = await db.StrategyVersions.AsNoTracking().Select(v => new { v.Number, v.Status, v.SubmittedAt, v.PublishedAt }).ToListAsync(cancellationToken);
        var latest = versions.Where(v => v.Status != StrategyVersionStatus.Withdrawn).MaxBy(v => v.Number);
        var published = versions.Where(v => v.Status == StrategyVersionStatus.Published).MaxBy(v => v.Number);
        var firstItem = items == 0 ? null : await db.StrategyItems.MinAsync(i => (DateTimeOffset?)i.CreatedAt, cancellationToken);
        var step = PhaseRules.StrategyStep(items > 0, latest is { Status: StrategyVersionStatus.InReview or StrategyVersionStatus.ChangesRequested }, latest is { Status: StrategyVersionStatus.Approved }, published is not null);
        phases.Add(new PhaseStatus(ProgrammePhase.Strategy, PhaseRules.Strategy(items, versions.Count, published is not null),
            Date(firstItem ?? versions.Min(v => (DateTimeOffset?)v.SubmittedAt)), Date(published?.PublishedAt), step, PhaseRules.StrategySteps));

        // Roadmap: initiatives over the roadmap's horizon.
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking().Select(i => i.Status).ToListAsync(cancellationToken);
        var cancelled = initiatives.Count(s => s == InitiativeStatus.Cancelled);
        var done = initiatives.Count(s => s == InitiativeStatus.Done);
        phases.Add(new PhaseStatus(ProgrammePhase.Roadmap, PhaseRules.Roadmap(initiatives.Count, cancelled, done),
            initiatives.Count == 0 ? null : roadmap?.StartMonth, initiatives.Count == 0 ? null : roadmap?.StartMonth.AddMonths(roadmap.HorizonMonths).AddDays(-1), done, initiatives.Count - cancelled));

        // Show & Tell: events held, case studies prepared.
        var events = await db.ShowAndTellEvents.AsNoTracking().Select(e => e.HeldAt).ToListAsync(cancellationToken);
        var caseStudies = await db.CaseStudies.CountAsync(cancellationToken);
        var eventsHeld = events.Count(e => e <= now);
        phases.Add(new PhaseStatus(ProgrammePhase.ShowAndTell, PhaseRules.ShowAndTell(events.Count, eventsHeld, caseStudies),
            Date(events.Min(e => (DateTimeOffset?)e)), Date(events.Max(e => (DateTimeOffset?)e)), eventsHeld, events.Count));
        return phases;
    }

    /// <summary>The set-up steps of a new organisation, each done when its data exists.</summary>
    public static async Task<IReadOnlyList<SetupItem>> SetupAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.Memberships.CountAsync(cancellationToken);
        var invited = await db.Invitations.AnyAsync(i => i.RevokedAt == null, cancellationToken);
        return
        [
            new(SetupStep.Departments, await db.Departments.AnyAsync(cancellationToken)),
            new(SetupStep.Stakeholders, await db.Stakeholders.AnyAsync(s => s.ErasedAt == null, cancellationToken)),
            new(SetupStep.Framework, await db.Frameworks.AnyAsync(cancellationToken)),
            new(SetupStep.Campaign, await db.Campaigns.AnyAsync(cancellationToken)),
            new(SetupStep.Members, members > 1 || invited),
            new(SetupStep.Interviews, await db.Responses.AnyAsync(r => r.Kind == ResponseKind.Interview, cancellationToken)),
        ];
    }

    /// <summary>What those who run the programme have to do next. <paramref name="languages"/>: the organisation's languages.</summary>
    public static async Task<CockpitTasks> TasksAsync(AppDbContext db, DateTimeOffset now, IReadOnlyList<string> languages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(languages);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Closed).ToListAsync(cancellationToken);
        var open = campaigns.Select(c => c.Id).ToList();
        var names = campaigns.ToDictionary(c => c.Id, c => c.Name);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

        // Interviews to capture, the soonest first (unscheduled last).
        var interviews = await db.Responses.AsNoTracking()
            .Where(r => r.Kind == ResponseKind.Interview && (r.Status == ResponseStatus.Planned || r.Status == ResponseStatus.InProgress) && open.Contains(r.CampaignId))
            .Select(r => new { r.Id, r.CampaignId, r.DepartmentId, r.ScheduledAt }).ToListAsync(cancellationToken);
        var next = interviews.OrderBy(r => r.ScheduledAt is null).ThenBy(r => r.ScheduledAt).Take(InterviewsShown)
            .Select(r => new InterviewTask(r.Id, r.CampaignId, names[r.CampaignId], r.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, r.ScheduledAt)).ToList();

        // Survey response rates of the campaigns still open.
        var surveys = await db.Responses.AsNoTracking()
            .Where(r => r.Kind == ResponseKind.Survey && r.Status != ResponseStatus.Cancelled && open.Contains(r.CampaignId))
            .Select(r => new { r.CampaignId, r.Status, Open = r.SurveyLinkId != null }).ToListAsync(cancellationToken);
        var rates = surveys.GroupBy(r => r.CampaignId)
            .Select(g => new SurveyRate(g.Key, names[g.Key], g.Count(r => !r.Open), g.Count(r => !r.Open && r.Status == ResponseStatus.Completed), g.Count(r => r.Open && r.Status == ResponseStatus.Completed)))
            .OrderBy(r => r.Percent ?? 101).ToList();

        // Suggested findings waiting for a decision, for open campaigns with answers.
        var suggestions = new List<SuggestionTask>();
        var answered = await db.Responses.Where(r => r.Status == ResponseStatus.Completed && open.Contains(r.CampaignId)).Select(r => r.CampaignId).Distinct().ToListAsync(cancellationToken);
        foreach (var campaign in campaigns.Where(c => answered.Contains(c.Id)).OrderBy(c => c.CreatedAt))
        {
            var analysis = await CampaignAnalyses.RunAsync(db, campaign.Id, null, cancellationToken);
            if (analysis is null)
            {
                continue;
            }

            var decided = (await db.Findings.Where(f => f.CampaignId == campaign.Id && f.SuggestionKey != null).Select(f => f.SuggestionKey!).ToListAsync(cancellationToken)).ToHashSet();
            var pending = analysis.Suggestions().Count(s => !decided.Contains(s.Key));
            if (pending > 0)
            {
                suggestions.Add(new SuggestionTask(campaign.Id, campaign.Name, pending));
            }
        }

        // Session actions past due.
        var actions = await db.SessionOutcomes.AsNoTracking()
            .Where(o => o.Kind == SessionOutcomeKind.Action && o.Status != ActionStatus.Done && o.DueOn != null && o.DueOn < today)
            .Select(o => new { o.SessionId, o.Text, DueOn = o.DueOn!.Value }).ToListAsync(cancellationToken);
        var sessionTitles = await db.WorkingSessions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        var overdueActions = actions.OrderBy(a => a.DueOn).Take(OverdueShown)
            .Select(a => new OverdueAction(a.SessionId, sessionTitles.GetValueOrDefault(a.SessionId) ?? new LocalizedText(), a.Text, a.DueOn)).ToList();

        // Initiatives past their deadline or planned end.
        var running = await db.Initiatives.AsNoTracking()
            .Where(i => i.Status != InitiativeStatus.Done && i.Status != InitiativeStatus.Cancelled)
            .Select(i => new { i.Id, i.Code, i.Title, i.Deadline, i.PlannedStart, i.DurationMonths }).ToListAsync(cancellationToken);
        var overdueInitiatives = running
            .Select(i => (i, Due: Earliest(i.Deadline, i.PlannedStart?.AddMonths(Math.Max(1, i.DurationMonths)).AddDays(-1))))
            .Where(x => x.Due is { } d && d < today)
            .OrderBy(x => x.Due).Take(OverdueShown)
            .Select(x => new OverdueInitiative(x.i.Id, x.i.Code, x.i.Title, x.Due!.Value)).ToList();

        // Translations missing, per area and language.
        var gaps = new List<TranslationGap>();
        void Add(TranslationArea area, ContentCatalog? catalog)
        {
            if (catalog is null)
            {
                return;
            }

            foreach (var (language, missing) in catalog.Missing(languages))
            {
                var at = gaps.FindIndex(g => g.Area == area && g.Language == language);
                if (at >= 0)
                {
                    gaps[at] = gaps[at] with { Missing = gaps[at].Missing + missing };
                }
                else if (missing > 0)
                {
                    gaps.Add(new TranslationGap(area, language, missing));
                }
            }
        }

        foreach (var framework in await ContentCatalog.LatestFrameworksAsync(db, cancellationToken))
        {
            Add(TranslationArea.Framework, await ContentCatalog.LoadAsync(db, TranslationArea.Framework, framework.Id, cancellationToken: cancellationToken));
        }

        Add(TranslationArea.Strategy, await ContentCatalog.LoadAsync(db, TranslationArea.Strategy, cancellationToken: cancellationToken));
        Add(TranslationArea.Roadmap, await ContentCatalog.LoadAsync(db, TranslationArea.Roadmap, cancellationToken: cancellationToken));
        Add(TranslationArea.CaseStudies, await ContentCatalog.LoadAsync(db, TranslationArea.CaseStudies, cancellationToken: cancellationToken));
        gaps.RemoveAll(g => g.Missing == 0);

        return new CockpitTasks(interviews.Count, next, rates, suggestions, overdueActions, overdueInitiatives, gaps);
    }

    /// <summary>The readers' summary: scores and their change, the strategy's status, the roadmap's progress, the next event.</summary>
    public static async Task<CockpitSummary> SummaryAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Scores: the latest campaign with completed answers (the focus campaign may not have any yet).
        var withAnswers = await db.Responses.Where(r => r.Status == ResponseStatus.Completed).Select(r => r.CampaignId).Distinct().ToListAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => withAnswers.Contains(c.Id)).ToListAsync(cancellationToken);
        var scored = campaigns.OrderBy(c => c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime)).ThenBy(c => c.CreatedAt).LastOrDefault();
        var analysis = scored is null ? null : await CampaignAnalyses.RunAsync(db, scored.Id, null, cancellationToken);
        double? overall = null, change = null;
        var themes = new List<ThemeScore>();
        if (analysis is not null)
        {
            var all = analysis.Result.All.Overall;
            overall = all.Suppressed ? null : all.Score;
            var before = analysis.Previous?.All.Overall;
            change = overall is { } o && before is { Suppressed: false, Score: { } b } ? o - b : null;
            themes = [.. analysis.Themes.Select(t => new ThemeScore(t.Id, analysis.Definition.Theme(t.Id)?.Name ?? LocalizedText.Of(t.Id), t.Score, t.Change))];
        }

        // Strategy: the latest version that was not withdrawn.
        var version = await db.StrategyVersions.AsNoTracking().Where(v => v.Status != StrategyVersionStatus.Withdrawn)
            .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.Status }).FirstOrDefaultAsync(cancellationToken);
        var published = await db.StrategyVersions.AsNoTracking().Where(v => v.Status == StrategyVersionStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => v.PublishedAt).FirstOrDefaultAsync(cancellationToken);

        // Roadmap: initiatives that were not cancelled.
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => i.Status != InitiativeStatus.Cancelled)
            .Select(i => new { i.Status, i.PercentComplete, i.Rag }).ToListAsync(cancellationToken);
        var percent = initiatives.Count == 0 ? 0 : (int)Math.Round(initiatives.Average(i => i.Status == InitiativeStatus.Done ? 100 : Math.Clamp(i.PercentComplete, 0, 100)));

        // The next Show & Tell: its title, time and place only (attendees are personal data).
        var events = await db.ShowAndTellEvents.AsNoTracking().Select(e => new { e.Title, e.HeldAt, e.Location }).ToListAsync(cancellationToken);
        var nextEvent = events.Where(e => e.HeldAt >= now).MinBy(e => e.HeldAt);

        return new CockpitSummary(
            scored?.Id, scored?.Name, analysis?.PreviousCampaign?.Name, overall, change, analysis?.Definition.MaxLevel ?? 0, themes,
            version?.Number, version?.Status, published,
            initiatives.Count(i => i.Status == InitiativeStatus.Done), initiatives.Count, percent,
            initiatives.Count(i => i.Status != InitiativeStatus.Done && i.Rag == Rag.Red),
            nextEvent?.Title, nextEvent?.HeldAt, nextEvent?.Location);
    }

    private static DateOnly? Date(DateTimeOffset? moment) => moment is { } m ? DateOnly.FromDateTime(m.UtcDateTime) : null;

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
