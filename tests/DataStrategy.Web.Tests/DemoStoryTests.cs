using DataStrategy.Core.Frameworks;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>
/// The demo tells the programme's story in order, as a newcomer reads it: an assessment with 20 interviews by several
/// facilitators, the findings workshop, four working sessions, a published strategy, a roadmap that starts after it
/// with its first year of check-ins, and a Show &amp; Tell at the end; findings backed by quotes that say what they say.
/// </summary>
public sealed class DemoStoryTests(DemoStrategyFixture fixture) : IClassFixture<DemoStrategyFixture>
{
    private readonly DssApp _app = fixture.App;

    [Fact]
    public async Task Seed_Demo_PhasesFollowEachOtherInTime()
    {
        var story = await _app.InDemoAsync(async db => new
        {
            Campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.StartsOn).Select(c => new { c.StartsOn, c.EndsOn }).ToListAsync(),
            Interviews = await db.Responses.AsNoTracking().Where(r => r.Kind == ResponseKind.Interview).Select(r => r.ScheduledAt).ToListAsync(),
            Workshop = await db.Workshops.AsNoTracking().Select(w => w.HeldOn).SingleAsync(),
            Sessions = await db.WorkingSessions.AsNoTracking().Select(s => s.HeldOn).ToListAsync(),
            Published = await db.StrategyVersions.AsNoTracking().Where(v => v.PublishedAt != null).Select(v => v.PublishedAt!.Value).ToListAsync(),
            Roadmap = await db.Roadmaps.AsNoTracking().Select(r => r.StartMonth).SingleAsync(),
            Initiatives = await db.Initiatives.AsNoTracking().Select(i => new { i.Code, i.PlannedStart, i.ActualStart, i.ActualFinish }).ToListAsync(),
            CheckIns = await db.CheckIns.AsNoTracking().Select(c => c.Month).ToListAsync(),
            Event = await db.ShowAndTellEvents.AsNoTracking().Select(e => e.HeldAt).SingleAsync(),
        });

        var (earlier, current) = (story.Campaigns[0], story.Campaigns[^1]);
        Assert.True(earlier.EndsOn < current.StartsOn, "the earlier campaign comes first");
        Assert.All(story.Interviews, at => Assert.InRange(DateOnly.FromDateTime(at!.Value.UtcDateTime), current.StartsOn!.Value, current.EndsOn!.Value));
        Assert.True(current.EndsOn < story.Workshop, $"the findings workshop ({story.Workshop}) follows the assessment ({current.EndsOn})");
        Assert.Equal(4, story.Sessions.Count);
        Assert.All(story.Sessions, s => Assert.True(s > story.Workshop, $"session on {s} follows the workshop"));
        var firstPublication = DateOnly.FromDateTime(story.Published.Min().UtcDateTime);
        Assert.True(story.Sessions.Max() < firstPublication, "the strategy is published after its working sessions");
        Assert.True(firstPublication < story.Roadmap, $"the roadmap ({story.Roadmap}) starts after the strategy is published ({firstPublication})");
        Assert.All(story.Initiatives, i =>
        {
            Assert.True(i.PlannedStart is null || i.PlannedStart >= story.Roadmap, $"{i.Code} planned from {i.PlannedStart}");
            Assert.True(i.ActualStart is null || i.ActualStart >= story.Roadmap, $"{i.Code} started on {i.ActualStart}");
            Assert.True(i.ActualFinish is null || i.ActualFinish > firstPublication, $"{i.Code} finished on {i.ActualFinish}, before the strategy");
        });
        Assert.Equal(story.Roadmap, story.CheckIns.Min());
        Assert.InRange(story.CheckIns.Distinct().Count(), 12, 12);
        Assert.True(DateOnly.FromDateTime(story.Event.UtcDateTime) > story.CheckIns.Max(), "the Show & Tell closes the year");
    }

    [Fact]
    public async Task Seed_Demo_TwentyInterviewsBySeveralFacilitatorsEachWithItsOwnWords()
    {
        var (interviews, notes) = await _app.InDemoAsync(async db => (
            await db.Responses.AsNoTracking().Where(r => r.Kind == ResponseKind.Interview).Select(r => new { r.Id, r.InterviewerId, r.StakeholderId }).ToListAsync(),
            await db.EvidenceNotes.AsNoTracking().Select(n => new { n.ResponseId, n.Kind, n.Text }).ToListAsync()));

        Assert.Equal(20, interviews.Count);
        Assert.Equal(20, interviews.Select(i => i.StakeholderId).Distinct().Count());
        var perInterviewer = interviews.GroupBy(i => i.InterviewerId).ToList();
        Assert.True(perInterviewer.Count >= 4, $"{perInterviewer.Count} interviewers");
        Assert.All(perInterviewer, g => Assert.NotNull(g.Key));
        Assert.True(perInterviewer.Max(g => g.Count()) <= 8, "no interviewer holds most interviews alone");
        Assert.Equal(20, notes.Where(n => n.Kind == NoteKind.Quote).Select(n => n.Text).Distinct().Count());
        Assert.Equal(20, notes.Where(n => n.Kind == NoteKind.Note).Select(n => n.Text).Distinct().Count());
    }

    [Fact]
    public async Task Seed_Demo_EveryFindingIsBackedByQuotesOnItsOwnTheme()
    {
        var (findings, evidence, quotes, frameworkId) = await _app.InDemoAsync(async db => (
            await db.Findings.AsNoTracking().ToListAsync(),
            await db.FindingEvidence.AsNoTracking().ToListAsync(),
            await db.EvidenceNotes.AsNoTracking().Where(n => n.Kind == NoteKind.Quote).ToDictionaryAsync(n => n.Id),
            await db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.FrameworkId).SingleAsync()));
        var definition = await _app.InDemoAsync(db => FrameworkLibrary.DefinitionAsync(db, frameworkId));
        var themeOf = definition!.Questions.ToDictionary(q => q.Id, q => q.ThemeId);

        Assert.Equal(6, findings.Count);
        Assert.All(findings, f =>
        {
            var backing = evidence.Where(e => e.FindingId == f.Id && e.NoteId != null).Select(e => quotes[e.NoteId!.Value]).ToList();
            Assert.True(backing.Count >= 2, $"{f.Text.Get("en")}: {backing.Count} quotes");
            Assert.All(backing, q => Assert.Equal(f.ThemeIds.Single(), themeOf[q.QuestionId!]));
        });
    }

    [Fact]
    public async Task Seed_Demo_ImportsTheUkGovernmentFrameworkNextToTheBuiltInOne()
    {
        var frameworks = await _app.InDemoAsync(db => db.Frameworks.AsNoTracking().OrderBy(f => f.CreatedAt).ToListAsync());

        Assert.Contains(frameworks, f => f.Origin == FrameworkOrigin.BuiltIn && f.Key == BuiltInFrameworks.CityKey);
        var uk = Assert.Single(frameworks, f => f.Origin == FrameworkOrigin.Imported);
        Assert.Equal(DemoFrameworks.UkKey, uk.Key);
        Assert.Equal(10, uk.TopicCount);
        Assert.True(uk.QuestionCount > 90, $"{uk.QuestionCount} questions");
    }
}
