using DataStrategy.Core;
using DataStrategy.Core.Strategy;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>One seeded demo, read by every test of the class (none of them changes it).</summary>
public sealed class DemoStrategyFixture : IDisposable
{
    public DssApp App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>The demo's strategy phase: sessions, a published and a reviewed version, and the gaps the views must show.</summary>
public sealed class DemoStrategyTests(DemoStrategyFixture fixture) : IClassFixture<DemoStrategyFixture>
{
    private readonly DssApp _app = fixture.App;

    [Fact]
    public async Task Seed_Demo_HasFourWorkingSessionsAfterTheFindingsWorkshop()
    {
        var (sessions, workshopDay, participants, outcomes) = await _app.InDemoAsync(async db => (
            await db.WorkingSessions.AsNoTracking().OrderBy(s => s.Position).ToListAsync(),
            await db.Workshops.Select(w => w.HeldOn).SingleAsync(),
            await db.WorkingSessionParticipants.AsNoTracking().ToListAsync(),
            await db.SessionOutcomes.AsNoTracking().ToListAsync()));

        Assert.Equal(
            [WorkingSessionTemplate.VisionAndObjectives, WorkingSessionTemplate.Services, WorkingSessionTemplate.RolesAndOrganisation, WorkingSessionTemplate.Governance],
            sessions.Select(s => s.Template));
        Assert.All(sessions, s =>
        {
            Assert.True(s.HeldOn > workshopDay, $"{s.Title.Get("en")} is held on {s.HeldOn}");
            Assert.True(s.Title.Has(Languages.French) && s.Title.Has(Languages.Dutch) && s.Title.Has(Languages.English));
            Assert.True(s.Agenda.Has(Languages.French) && s.Agenda.Has(Languages.Dutch), $"{s.Title.Get("en")}: agenda in French and Dutch");
            Assert.True(s.Notes.Has(Languages.French) && s.Notes.Has(Languages.Dutch), $"{s.Title.Get("en")}: notes in French and Dutch");
            Assert.InRange(participants.Count(p => p.SessionId == s.Id), 6, 10);
            Assert.InRange(outcomes.Count(o => o.SessionId == s.Id && o.Kind == SessionOutcomeKind.Decision), 2, 3);
            Assert.InRange(outcomes.Count(o => o.SessionId == s.Id && o.Kind == SessionOutcomeKind.Action), 2, 3);
        });
    }

    [Fact]
    public async Task Seed_Demo_NotesNameNobody()
    {
        var notes = (await _app.InDemoAsync(db => db.WorkingSessions.Select(s => s.Notes).ToListAsync())).SelectMany(n => n.Values.Values).ToList();

        Assert.All(notes, n => Assert.DoesNotContain(AnalysisHelpers.StakeholderNames, name => n.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Seed_Demo_ActionOwnersTookPartAndOneActionIsOverdue()
    {
        var (actions, participants) = await _app.InDemoAsync(async db => (
            await db.SessionOutcomes.AsNoTracking().Where(o => o.Kind == SessionOutcomeKind.Action).ToListAsync(),
            await db.WorkingSessionParticipants.AsNoTracking().ToListAsync()));

        Assert.All(actions, a => Assert.Contains(participants, p => p.SessionId == a.SessionId && p.StakeholderId == a.OwnerStakeholderId));
        Assert.Contains(actions, a => a.Status == ActionStatus.Done);
        Assert.Contains(actions, a => a.Status == ActionStatus.Open);
        var overdue = Assert.Single(actions, a => a.Status != ActionStatus.Done && a.DueOn < new DateOnly(2026, 11, 27));
        Assert.Equal(new DateOnly(2026, 10, 30), overdue.DueOn);
    }

    [Fact]
    public async Task Seed_Demo_HasPublishedVersionOneApprovedAndVersionTwoInReview()
    {
        var (versions, approvals) = await _app.InDemoAsync(async db => (
            await db.StrategyVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync(),
            await db.StrategyApprovals.AsNoTracking().ToListAsync()));

        Assert.Equal([(1, StrategyVersionStatus.Published), (2, StrategyVersionStatus.InReview)], versions.Select(v => (v.Number, v.Status)));
        Assert.Equal("Claire Vandenbroucke", versions[0].PublishedByName);
        Assert.True(versions[0].PublishedAt < versions[1].SubmittedAt);
        var approval = Assert.Single(approvals);
        Assert.Equal((versions[0].Id, ApprovalDecision.Approved), (approval.VersionId, approval.Decision));
        Assert.All(versions, v => Assert.Equal(TimeSpan.Zero, v.SubmittedAt.Offset));
    }

    [Fact]
    public async Task Seed_Demo_EveryItemHasFrenchAndDutchTitleAndTexts()
    {
        var snapshot = await DraftAsync();

        Assert.Equal(
            [1, 4, 7, 6, 6, 2, 1, 3, 10],
            Enum.GetValues<StrategyItemKind>().Select(k => snapshot.OfKind(k).Count()));
        Assert.All(snapshot.Items, i => Assert.True(i.Title.Has(Languages.French) && i.Title.Has(Languages.Dutch), i.Title.Get("en")));
        var missing = StrategyWorkspace.MissingTranslations(snapshot, [Languages.French, Languages.Dutch, Languages.English]);
        Assert.All(missing, m => Assert.Empty(m.Value));
        Assert.All(snapshot.Items, i => Assert.All(StrategySchema.Fields(i.Kind), f => Assert.False(i.Text(f).IsEmpty, $"{i.Title.Get("en")}: {f}")));
    }

    [Fact]
    public async Task Seed_Demo_VersionOneSnapshotRoundTripsAndDiffersFromVersionTwo()
    {
        var snapshots = await _app.InDemoAsync(db => db.StrategyVersions.OrderBy(v => v.Number).Select(v => v.Snapshot).ToListAsync());

        var v1 = StrategySnapshot.FromJson(snapshots[0]);
        var v2 = StrategySnapshot.FromJson(snapshots[1]);
        Assert.Equal(snapshots[0], v1.ToJson());
        Assert.Equal(2, v2.Items.Count - v1.Items.Count);
        var vision1 = Assert.Single(v1.OfKind(StrategyItemKind.Vision));
        var vision2 = Assert.Single(v2.OfKind(StrategyItemKind.Vision));
        Assert.NotEqual(vision1.Text(StrategySchema.Description), vision2.Text(StrategySchema.Description));
        Assert.Single(v2.Raci.Except(v1.Raci));
        Assert.Contains(v1.Labels.Values, l => l.Get(Languages.Dutch) == "Slimme en duurzame stad");
    }

    [Fact]
    public async Task Seed_Demo_ExactlyOneRaciActivityLacksAnAccountable()
    {
        var snapshot = await DraftAsync();

        var activities = snapshot.OfKind(StrategyItemKind.RaciActivity).ToList();
        var withoutA = Assert.Single(activities, a => !snapshot.Raci.Any(c => c.ActivityId == a.Id && c.Letter == RaciLetter.A));
        Assert.Equal("Manage data breaches", withoutA.Title.Get(Languages.English));
        Assert.All(activities.Where(a => a != withoutA), a =>
        {
            Assert.Single(snapshot.Raci, c => c.ActivityId == a.Id && c.Letter == RaciLetter.A);
            Assert.Contains(snapshot.Raci, c => c.ActivityId == a.Id && c.Letter == RaciLetter.R);
        });
    }

    [Fact]
    public async Task Seed_Demo_ExactlyOneThematicPriorityIsUnanswered()
    {
        var unanswered = await _app.InDemoAsync(async db =>
        {
            var campaign = await StrategyWorkspace.PriorityCampaignAsync(db);
            var priorities = await StrategyWorkspace.PrioritiesAsync(db, campaign);
            var answered = (await db.StrategyItems.Where(i => i.Kind == StrategyItemKind.Objective).ToListAsync())
                .SelectMany(i => i.Links).Where(l => l.Relation == StrategyRelation.Priority).Select(l => l.Target).ToHashSet();
            Assert.Equal(7, priorities.Count);
            return priorities.Where(p => !answered.Contains(p.Target)).Select(p => p.ThemeId).ToList();
        });

        Assert.Equal([DemoStrategy.UnansweredTheme], unanswered);
    }

    [Fact]
    public async Task Seed_Demo_ObjectivesLinkPrioritiesAndOneObjectiveHasNoService()
    {
        var snapshot = await DraftAsync();

        var objectives = snapshot.OfKind(StrategyItemKind.Objective).ToList();
        Assert.All(objectives, o =>
        {
            Assert.InRange(o.Targets(StrategyRelation.Priority).Count(), 1, 2);
            Assert.Single(o.Targets(StrategyRelation.CityPriority));
        });
        var served = snapshot.OfKind(StrategyItemKind.Service).SelectMany(s => s.Targets(StrategyRelation.Objective)).ToHashSet();
        var unserved = Assert.Single(objectives, o => !served.Contains(o.Id.ToString("D")));
        Assert.Equal("Establish clear data governance", unserved.Title.Get(Languages.English));
    }

    [Fact]
    public async Task Seed_Demo_EveryItemHasHistoryAndASession()
    {
        var (items, revisions, links) = await _app.InDemoAsync(async db => (
            await db.StrategyItems.Select(i => i.Id).ToListAsync(),
            await db.StrategyItemRevisions.AsNoTracking().ToListAsync(),
            await db.StrategyItemSessions.AsNoTracking().ToListAsync()));

        Assert.All(items, id =>
        {
            Assert.Single(revisions, r => r.ItemId == id && r.Action == RevisionAction.Created);
            Assert.Contains(links, l => l.ItemId == id);
        });
        Assert.All(revisions, r => Assert.Equal("Thomas Peeters", r.UserName));
        Assert.All(revisions, r => Assert.True(r.At < new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero), r.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Seed_Demo_HasCommentThreadsWithAReplyAResolutionAndAMention()
    {
        var (comments, facilitatorId) = await _app.InDemoAsync(async db => (
            await db.StrategyComments.AsNoTracking().ToListAsync(),
            await db.Users.Where(u => u.NormalizedEmail == DemoSeeder.FacilitatorEmail.ToUpperInvariant()).Select(u => u.Id).SingleAsync()));

        Assert.InRange(comments.Count, 3, 4);
        var reply = Assert.Single(comments, c => c.ParentId is not null);
        var root = comments.Single(c => c.Id == reply.ParentId);
        Assert.NotNull(root.ResolvedAt);
        Assert.Equal([facilitatorId], root.Mentions);
        Assert.Contains(comments, c => c.ParentId is null && c.ResolvedAt is null);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_AddsNothing()
    {
        var before = await CountsAsync();

        bool changed;
        using (var scope = _app.Services.CreateScope())
        {
            changed = await DemoSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<TenantContext>());
        }

        Assert.False(changed);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Seed_DemoStrategySwitchedOff_LeavesTheStrategyPhaseEmpty()
    {
        using var app = new DssApp(demo: false, settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Strategy"] = "false" });

        var counts = await app.InDemoAsync(async db => (await db.WorkingSessions.CountAsync(), await db.CityPriorities.CountAsync(), await db.Strategies.CountAsync(), await db.Findings.CountAsync()));

        Assert.Equal((0, 0, 0, 6), counts);
    }

    private Task<(int, int, int, int, int)> CountsAsync() => _app.InDemoAsync(async db => (
        await db.WorkingSessions.CountAsync(),
        await db.StrategyItems.CountAsync(),
        await db.StrategyVersions.CountAsync(),
        await db.CityPriorities.CountAsync(),
        await db.StrategyComments.CountAsync()));

    private Task<StrategySnapshot> DraftAsync() =>
        _app.InDemoAsync(async db => await StrategyWorkspace.SnapshotAsync(db, await db.Strategies.SingleAsync()));
}
