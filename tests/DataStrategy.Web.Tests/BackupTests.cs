using DataStrategy.Cli;
using DataStrategy.Data;
using DataStrategy.Data.Backup;
using DataStrategy.Core.Strategy;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>dss export / import: a round trip gives identical content, on SQLite and PostgreSQL.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly CliDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabase_GivesIdenticalContent()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var original = await InScopeAsync(source, async (sp, db) =>
        {
            await BrandAsync(db);
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });

        await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(original).ImportAsync(db);
            return 0;
        });
        var roundTripped = await InScopeAsync(target, async (_, db) => (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson());

        Assert.Contains("Sophie Lambert", original, StringComparison.Ordinal);
        var backup = OrganisationBackup.FromJson(original);
        Assert.Equal([DemoAnalysis.EarlierCampaignName, DemoAssessment.CampaignName], backup.Campaigns.Select(c => c.Name["en"]));
        Assert.Equal(75 + 36, backup.Responses.Count);
        Assert.Equal(6, backup.Findings.Count);
        Assert.Equal(16, backup.FindingEvidence.Count); // 2 or 3 quotes for each of the 6 findings
        Assert.Equal(2, backup.Priorities.Count);
        Assert.Equal(DemoAnalysis.WorkshopCode, Assert.Single(backup.Workshops).Code);
        Assert.Equal(54, backup.WorkshopVotes.Sum(v => v.Votes));
        Assert.True(backup.Answers.Count > 2000, $"{backup.Answers.Count} answers");
        Assert.Equal(40, backup.Notes.Count);
        Assert.Equal([FrameworkOrigin.BuiltIn, FrameworkOrigin.Imported], backup.Frameworks.Select(f => f.Origin).Order());
        Assert.Equal(original, roundTripped);
    }

    [Fact]
    public async Task ExportThenImport_DemoStrategyAndBranding_Survive()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (sp, db) =>
        {
            await BrandAsync(db);
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });

        var restored = await InScopeAsync(target, async (sp, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            sp.GetRequiredService<TenantContext>().SetOrganisation(org.Id);
            var strategy = await db.Strategies.SingleAsync();
            return new
            {
                org.AccentColour,
                Logo = await db.OrganisationLogos.Select(l => l.Data).SingleAsync(),
                Sessions = await db.WorkingSessions.CountAsync(),
                Participants = await db.WorkingSessionParticipants.CountAsync(),
                Outcomes = await db.SessionOutcomes.CountAsync(),
                Cities = await db.CityPriorities.CountAsync(),
                Items = await db.StrategyItems.CountAsync(),
                Raci = await db.RaciAssignments.CountAsync(),
                Comments = await db.StrategyComments.ToListAsync(),
                Versions = await db.StrategyVersions.OrderBy(v => v.Number).ToListAsync(),
                Approvals = await db.StrategyApprovals.CountAsync(),
                Draft = (await StrategyWorkspace.SnapshotAsync(db, strategy)).ToJson(),
                FacilitatorId = await db.Users.Where(u => u.NormalizedEmail == DemoSeeder.FacilitatorEmail.ToUpperInvariant()).Select(u => u.Id).SingleAsync(),
            };
        });

        var backup = OrganisationBackup.FromJson(json);
        Assert.Equal(OrganisationBackup.CurrentFormat, backup.Format);
        Assert.Equal("2A9D8F", restored.AccentColour);
        Assert.Equal(backup.Logo!.Data, restored.Logo);
        Assert.Equal((4, backup.SessionParticipants.Count, backup.SessionOutcomes.Count, 4), (restored.Sessions, restored.Participants, restored.Outcomes, restored.Cities));
        Assert.Equal((40, backup.Raci.Count, 1), (restored.Items, restored.Raci, restored.Approvals));
        Assert.Equal([StrategyVersionStatus.Published, StrategyVersionStatus.InReview], restored.Versions.Select(v => v.Status));
        Assert.Equal(backup.StrategyVersions[0].Snapshot, restored.Versions[0].Snapshot);
        Assert.Contains(restored.Comments, c => c.Mentions.SequenceEqual([restored.FacilitatorId]));
        Assert.Equal(StrategySnapshot.FromJson(backup.StrategyVersions[1].Snapshot).Items.Count, StrategySnapshot.FromJson(restored.Draft).Items.Count);
    }

    [Fact]
    public async Task Import_Format3File_IsStillReadWithoutStrategy()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (sp, db) =>
        {
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        old["format"] = 3;
        foreach (var key in new[] { "cityPriorities", "workingSessions", "sessionParticipants", "sessionOutcomes", "strategies", "strategyItems", "strategyItemSessions", "raci", "strategyRevisions", "strategyComments", "strategyVersions", "strategyApprovals", "logo" })
        {
            old.Remove(key);
        }

        old["organisation"]!.AsObject().Remove("accentColour");
        foreach (var member in old["members"]!.AsArray())
        {
            member!.AsObject().Remove("userId");
        }

        var restored = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(old.ToJsonString()).ImportAsync(db);
            return (await db.Organisations.SingleAsync()).AccentColour + "/" + await db.Strategies.IgnoreQueryFilters().CountAsync() + "/" + await db.Findings.IgnoreQueryFilters().CountAsync();
        });

        Assert.Equal("1F4E79/0/6", restored);
    }

    [Fact]
    public async Task Import_CommentOnAMissingItem_IsRefusedWithAMessage()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var backup = await InScopeAsync(source, async (sp, db) =>
        {
            return await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug);
        });
        backup.StrategyComments[0].ItemId = Guid.NewGuid();
        var json = backup.ToJson();

        var error = await Assert.ThrowsAsync<BackupException>(() => InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return 0;
        }));

        Assert.Contains("comment", error.Message, StringComparison.Ordinal);
        Assert.False(await InScopeAsync(target, (_, db) => db.Organisations.AnyAsync()));
    }

    [Fact]
    public async Task ExportThenImport_DemoRoadmap_SurvivesWithItsLinks()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var (json, before) = await InScopeAsync(source, async (sp, db) =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            sp.GetRequiredService<TenantContext>().SetOrganisation(org.Id);
            db.ScheduleProposals.Add(new ScheduleProposal { OrganisationId = org.Id, State = ProposalState.Finished, Status = "Optimal" });
            await db.SaveChangesAsync();
            return ((await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson(), await RoadmapShapeAsync(db));
        });

        var after = await InScopeAsync(target, async (sp, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            sp.GetRequiredService<TenantContext>().SetOrganisation((await db.Organisations.SingleAsync()).Id);
            return await RoadmapShapeAsync(db);
        });

        var backup = OrganisationBackup.FromJson(json);
        Assert.Equal(OrganisationBackup.CurrentFormat, backup.Format);
        Assert.Equal(30, backup.Initiatives.Count);
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Dependencies, after.Dependencies);
        Assert.Equal(before.Efforts, after.Efforts);
        Assert.Equal(before.Links, after.Links);
        Assert.Equal(before.Baseline, after.Baseline);
        Assert.Equal(0, after.Proposals);
        Assert.DoesNotContain("scheduleProposals", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ExportThenImport_ErasedLeadOfAnInitiative_ComesBackErased()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var (json, leadId) = await InScopeAsync(source, async (sp, db) =>
        {
            var initiative = await db.Initiatives.IgnoreQueryFilters().SingleAsync(i => i.Code == "I-01");
            var lead = await db.Stakeholders.IgnoreQueryFilters().SingleAsync(s => s.Id == initiative.LeadStakeholderId);
            Assert.Equal("Olivier Lemaire", lead.Name);
            DataStrategy.Web.Pages.Stakeholders.EraseModel.Erase(lead, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return ((await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson(), lead.Id);
        });

        var restored = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            var initiative = await db.Initiatives.IgnoreQueryFilters().SingleAsync(i => i.Code == "I-01");
            return await db.Stakeholders.IgnoreQueryFilters().SingleAsync(s => s.Id == initiative.LeadStakeholderId);
        });

        var inFile = OrganisationBackup.FromJson(json).Stakeholders.Single(s => s.Id == leadId);
        Assert.Equal((string.Empty, (string?)null, (string?)null), (inFile.Name, inFile.Email, inFile.JobTitle));
        Assert.Equal(leadId, restored.Id);
        Assert.NotNull(restored.ErasedAt);
        Assert.Equal((string.Empty, (string?)null), (restored.Name, restored.Email));
    }

    [Fact]
    public async Task Import_DependencyOnAMissingInitiative_IsRefusedWithAMessage()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var backup = await InScopeAsync(source, async (sp, db) =>
        {
            return await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug);
        });
        backup.InitiativeDependencies[0].PredecessorId = Guid.NewGuid();
        var json = backup.ToJson();

        var error = await Assert.ThrowsAsync<BackupException>(() => InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return 0;
        }));

        Assert.Contains("dependency", error.Message, StringComparison.Ordinal);
        Assert.False(await InScopeAsync(target, (_, db) => db.Organisations.AnyAsync()));
        Assert.False(await InScopeAsync(target, (_, db) => db.Initiatives.IgnoreQueryFilters().AnyAsync()));
    }

    [Fact]
    public async Task ExportThenImport_DemoCaseStudiesAndShowAndTell_SurviveWithPhotosAndLinks()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var (json, before) = await InScopeAsync(source, async (sp, db) =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            db.ApiTokens.Add(new ApiToken { OrganisationId = org.Id, UserId = (await db.Users.FirstAsync()).Id, Name = "kept behind", TokenHash = new string('a', 64), ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });
            await db.SaveChangesAsync();
            sp.GetRequiredService<TenantContext>().SetOrganisation(org.Id);
            return ((await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson(), await ShowAndTellShapeAsync(db));
        });

        var after = await InScopeAsync(target, async (sp, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            sp.GetRequiredService<TenantContext>().SetOrganisation((await db.Organisations.SingleAsync()).Id);
            return (await ShowAndTellShapeAsync(db), await db.ApiTokens.CountAsync());
        });

        var backup = OrganisationBackup.FromJson(json);
        Assert.Equal(7, backup.CaseStudies.Count);
        Assert.NotEmpty(backup.CaseStudyImageRenditions);
        Assert.Single(backup.Events);
        Assert.Equal(before, after.Item1);
        Assert.Equal(0, after.Item2);
        Assert.DoesNotContain(new string('a', 64), json, StringComparison.Ordinal);
        Assert.DoesNotContain("apiTokens", json, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Counts, every link, and a digest of every photo's bytes.</summary>
    private static async Task<string> ShowAndTellShapeAsync(AppDbContext db)
    {
        var studies = await db.CaseStudies.AsNoTracking().OrderBy(c => c.Slug).ToListAsync();
        var renditions = await db.CaseStudyImageRenditions.AsNoTracking().OrderBy(r => r.ImageId).ThenBy(r => r.Size).ToListAsync();
        var images = await db.CaseStudyImages.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        var agenda = await db.EventAgendaItems.AsNoTracking().OrderBy(a => a.Position).ToListAsync();
        var feedback = await db.EventFeedback.AsNoTracking().OrderBy(f => f.Id).ToListAsync();
        var attendees = await db.EventAttendees.AsNoTracking().OrderBy(a => a.Name).Select(a => a.Name).ToListAsync();
        var events = await db.ShowAndTellEvents.AsNoTracking().ToListAsync();
        return string.Join("\n",
            string.Join(";", studies.Select(c => $"{c.Slug}|{c.Status}|{c.Title.Get("nl")}|{c.DepartmentId}|{string.Join(",", c.ThemeIds)}|{string.Join(",", c.FindingIds)}|{string.Join(",", c.ObjectiveIds)}|{string.Join(",", c.InitiativeIds)}|{c.Figures.Count}|{c.Contacts}")),
            string.Join(";", images.Select(i => $"{i.Id}|{i.CaseStudyId}|{i.AltText.Get("fr")}|{i.Width}x{i.Height}")),
            string.Join(";", renditions.Select(r => $"{r.ImageId}|{r.Size}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(r.Data))}")),
            string.Join(";", events.Select(e => $"{e.FeedbackCode}|{e.FeedbackOpen}|{e.Title.Get("en")}|{e.HeldAt.UtcTicks}")),
            string.Join(";", agenda.Select(a => $"{a.Kind}|{a.CaseStudyId}|{a.Presenter}|{a.Minutes}")),
            string.Join(";", attendees),
            string.Join(";", feedback.Select(f => $"{f.Usefulness}|{f.FavouriteCaseStudyId}|{f.Comment}")));
    }

    [Fact]
    public async Task Import_AgendaItemOfAMissingCaseStudy_IsRefusedWithAMessage()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var backup = await InScopeAsync(source, async (sp, db) =>
        {
            return await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug);
        });
        backup.EventAgendaItems.First(a => a.CaseStudyId is not null).CaseStudyId = Guid.NewGuid();
        var json = backup.ToJson();

        var error = await Assert.ThrowsAsync<BackupException>(() => InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return 0;
        }));

        Assert.Contains("agenda item", error.Message, StringComparison.Ordinal);
        Assert.False(await InScopeAsync(target, (_, db) => db.Organisations.AnyAsync()));
        Assert.False(await InScopeAsync(target, (_, db) => db.CaseStudies.IgnoreQueryFilters().AnyAsync()));
    }

    [Fact]
    public async Task Import_Format5File_IsStillReadWithoutCaseStudies()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (sp, db) =>
        {
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        old["format"] = 5;
        foreach (var key in new[] { "caseStudies", "caseStudyImages", "caseStudyImageRenditions", "events", "eventAgendaItems", "eventAttendees", "eventFeedback" })
        {
            Assert.True(old.Remove(key), key);
        }

        var restored = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(old.ToJsonString()).ImportAsync(db);
            return (await db.Initiatives.IgnoreQueryFilters().CountAsync(), await db.CaseStudies.IgnoreQueryFilters().CountAsync(), await db.ShowAndTellEvents.IgnoreQueryFilters().CountAsync());
        });

        Assert.Equal((30, 0, 0), restored);
    }

    [Fact]
    public async Task Import_Format4File_IsStillReadWithoutRoadmap()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (sp, db) =>
        {
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        old["format"] = 4;
        foreach (var key in new[] { "roadmaps", "workstreams", "deliveryTeams", "teamCapacities", "initiatives", "initiativeEfforts", "initiativeDependencies", "milestones", "kpis", "kpiMeasurements", "checkIns", "roadmapBaselines" })
        {
            Assert.True(old.Remove(key), key);
        }

        var restored = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(old.ToJsonString()).ImportAsync(db);
            return (await db.Strategies.IgnoreQueryFilters().CountAsync(), await db.StrategyItems.IgnoreQueryFilters().CountAsync(), await db.Roadmaps.IgnoreQueryFilters().CountAsync(), await db.Initiatives.IgnoreQueryFilters().CountAsync());
        });

        Assert.Equal((1, 40, 0, 0), restored);
    }

    /// <summary>The roadmap by codes and names (never IDs), so two databases can be compared.</summary>
    private static async Task<RoadmapShape> RoadmapShapeAsync(AppDbContext db)
    {
        var initiatives = await db.Initiatives.AsNoTracking().ToListAsync();
        var code = initiatives.ToDictionary(i => i.Id, i => i.Code);
        var teams = (await db.DeliveryTeams.AsNoTracking().ToListAsync()).ToDictionary(t => t.Id, t => t.Name.Get("en"));
        var streams = (await db.Workstreams.AsNoTracking().ToListAsync()).ToDictionary(w => w.Id, w => w.Name.Get("en"));
        var items = (await db.StrategyItems.AsNoTracking().ToListAsync()).ToDictionary(i => i.Id.ToString("D"), i => i.Title.Get("en"));
        var people = (await db.Stakeholders.AsNoTracking().ToListAsync()).ToDictionary(s => s.Id, s => s.Name);
        var kpis = await db.Kpis.AsNoTracking().ToListAsync();
        var baseline = await db.RoadmapBaselines.AsNoTracking().SingleAsync();
        return new RoadmapShape(
            string.Join(",",
                await db.Roadmaps.CountAsync(), streams.Count, teams.Count, await db.TeamCapacities.CountAsync(), initiatives.Count,
                await db.InitiativeEfforts.CountAsync(), await db.InitiativeDependencies.CountAsync(), await db.Milestones.CountAsync(),
                kpis.Count, await db.KpiMeasurements.CountAsync(), await db.CheckIns.CountAsync(), await db.RoadmapBaselines.CountAsync()),
            string.Join(";", (await db.InitiativeDependencies.AsNoTracking().ToListAsync()).Select(d => $"{code[d.PredecessorId]}>{code[d.SuccessorId]}:{d.Type}:{d.LagMonths}").Order(StringComparer.Ordinal)),
            string.Join(";", (await db.InitiativeEfforts.AsNoTracking().ToListAsync()).Select(e => $"{code[e.InitiativeId]}/{teams[e.TeamId]}/{e.Fte:0.0#}").Order(StringComparer.Ordinal)),
            string.Join(";", initiatives.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i =>
                $"{i.Code}:{streams[i.WorkstreamId!.Value]}:{items[i.LeadRoleId!.Value.ToString("D")]}:{(i.LeadStakeholderId is { } s ? people[s] : "-")}:{string.Join('+', i.ObjectiveIds.Select(o => items[o]))}"))
                + "|" + string.Join(";", kpis.OrderBy(k => k.Position).Select(k => string.Join('+', k.InitiativeIds.Select(id => code[Guid.Parse(id)])))),
            baseline.Name + baseline.Plan,
            await db.ScheduleProposals.CountAsync());
    }

    private sealed record RoadmapShape(string Counts, string Dependencies, string Efforts, string Links, string Baseline, int Proposals);

    /// <summary>Gives the demo an accent colour and a logo (a 1×1 PNG) so the backup has branding to carry.</summary>
    /// <summary>An accent colour and a logo, so that the branding is part of what a backup must carry.</summary>
    internal static async Task BrandAsync(AppDbContext db)
    {
        var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
        org.AccentColour = "2A9D8F";
        db.OrganisationLogos.Add(new OrganisationLogo
        {
            OrganisationId = org.Id,
            ContentType = "image/png",
            Data = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
            UpdatedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Peer-benchmark scores for the demo, and log entries by a member, a former member and a system administrator.</summary>
    private static async Task<(string MemberId, string FormerId, string AdministratorId)> SharesAndLogsAsync(AppDbContext db)
    {
        var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
        org.SharesBenchmark = true;
        db.PeerScores.Add(new PeerScore { OrganisationId = org.Id, FrameworkKey = "city-data-maturity", ThemeId = "governance", Score = 2.75, UpdatedAt = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero) });
        db.PeerScores.Add(new PeerScore { OrganisationId = org.Id, FrameworkKey = "city-data-maturity", ThemeId = "leadership", Score = 3.5, UpdatedAt = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero) });
        var member = await db.Users.Where(u => u.NormalizedEmail == DemoSeeder.FacilitatorEmail.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
        var administrator = new ApplicationUser { UserName = "root@dss.example", Email = "root@dss.example", NormalizedEmail = "ROOT@DSS.EXAMPLE", NormalizedUserName = "ROOT@DSS.EXAMPLE", IsSystemAdministrator = true };
        db.Users.Add(administrator);
        var former = Guid.NewGuid().ToString();
        db.AuditEntries.Add(new AuditEntry { OrganisationId = org.Id, UserId = member, UserName = DemoSeeder.FacilitatorEmail, EntityType = "Finding", EntityId = "by-member", Action = AuditAction.Updated });
        db.AuditEntries.Add(new AuditEntry { OrganisationId = org.Id, UserId = former, UserName = "gone@ville-de-demo.example", EntityType = "Finding", EntityId = "by-former-member", Action = AuditAction.Updated });
        db.AuditEntries.Add(new AuditEntry { OrganisationId = org.Id, UserId = administrator.Id, UserName = "root@dss.example", EntityType = "Organisation", EntityId = "by-administrator", Action = AuditAction.Updated });
        await db.SaveChangesAsync();
        return (member, former, administrator.Id);
    }

    [Fact]
    public async Task ExportThenImport_AuditUserIdsAndPeerScores_Survive_MappedToTheRestoredAccounts()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var (json, ids) = await InScopeAsync(source, async (_, db) =>
        {
            var ids = await SharesAndLogsAsync(db);
            return ((await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson(), ids);
        });
        // In the target the facilitator already has an account (another ID), and so has the system administrator.
        var (facilitatorHere, administratorHere) = await InScopeAsync(target, async (_, db) =>
        {
            var facilitator = new ApplicationUser { UserName = DemoSeeder.FacilitatorEmail, Email = DemoSeeder.FacilitatorEmail, NormalizedEmail = DemoSeeder.FacilitatorEmail.ToUpperInvariant(), NormalizedUserName = DemoSeeder.FacilitatorEmail.ToUpperInvariant() };
            var administrator = new ApplicationUser { UserName = "root@dss.example", Email = "root@dss.example", NormalizedEmail = "ROOT@DSS.EXAMPLE", NormalizedUserName = "ROOT@DSS.EXAMPLE" };
            db.Users.AddRange(facilitator, administrator);
            await db.SaveChangesAsync();
            return (facilitator.Id, administrator.Id);
        });

        var restored = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            return new
            {
                Audit = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.OrganisationId == org.Id && a.EntityId.StartsWith("by-")).ToDictionaryAsync(a => a.EntityId, a => a.UserId),
                Scores = await db.PeerScores.Where(p => p.OrganisationId == org.Id).OrderBy(p => p.ThemeId).Select(p => new { p.FrameworkKey, p.ThemeId, p.Score, p.UpdatedAt }).ToListAsync(),
            };
        });

        var backup = OrganisationBackup.FromJson(json);
        Assert.Equal(OrganisationBackup.CurrentFormat, backup.Format);
        Assert.Equal(ids.MemberId, backup.AuditLog.Single(a => a.EntityId == "by-member").UserId);
        Assert.NotEqual(ids.MemberId, facilitatorHere);
        Assert.Equal(facilitatorHere, restored.Audit["by-member"]);
        Assert.Equal(administratorHere, restored.Audit["by-administrator"]);
        Assert.Null(restored.Audit["by-former-member"]);
        Assert.Equal(
            [("city-data-maturity", "governance", 2.75), ("city-data-maturity", "leadership", 3.5)],
            restored.Scores.Select(p => (p.FrameworkKey, p.ThemeId, p.Score)));
        Assert.All(restored.Scores, p => Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), p.UpdatedAt));
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabase_AuditUserIdsAndPeerScores_AreIdentical()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (_, db) =>
        {
            await SharesAndLogsAsync(db);
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });
        static async Task<string> ShapeAsync(AppDbContext db)
        {
            var org = await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug);
            var audit = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.OrganisationId == org.Id).Select(a => a.UserId ?? "-").ToListAsync();
            var scores = await db.PeerScores.Where(p => p.OrganisationId == org.Id).Select(p => p.Id + ":" + p.ThemeId + ":" + p.Score).ToListAsync();
            return string.Join(",", audit.Order(StringComparer.Ordinal)) + "|" + string.Join(",", scores.Order(StringComparer.Ordinal));
        }

        var before = await InScopeAsync(source, (_, db) => ShapeAsync(db));
        var after = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return await ShapeAsync(db);
        });

        // The system administrator's account is not in the empty database: only that entry loses its author's ID.
        var (administrator, former) = await InScopeAsync(source, async (_, db) => (
            await db.Users.Where(u => u.Email == "root@dss.example").Select(u => u.Id).SingleAsync(),
            await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityId == "by-former-member").Select(a => a.UserId!).SingleAsync()));
        Assert.Equal(before.Replace(administrator, "-", StringComparison.Ordinal).Replace(former, "-", StringComparison.Ordinal).Split('|')[0].Split(',').Order(StringComparer.Ordinal), after.Split('|')[0].Split(',').Order(StringComparer.Ordinal));
        Assert.Equal(before.Split('|')[1], after.Split('|')[1]);
        Assert.Contains(":governance:", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"frameworkKey\": \"city\", \"themeId\": \"t\", \"score\": 1e9}")]
    [InlineData("{\"frameworkKey\": \"\", \"themeId\": \"t\", \"score\": 2}")]
    [InlineData("{\"frameworkKey\": \"city\", \"themeId\": \"0123456789012345678901234567890123456789012345678901234567890123456789\", \"score\": 2}")]
    [InlineData("{\"frameworkKey\": \"city\", \"themeId\": \"t\", \"score\": -1}")]
    [InlineData("{\"frameworkKey\": \"city\", \"themeId\": \"t\", \"score\": 2}, {\"frameworkKey\": \"city\", \"themeId\": \"t\", \"score\": 3}")]
    public async Task Import_HostilePeerScores_AreRefusedWithAMessage_AndNothingIsRestored(string scores)
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (_, db) =>
        {
            (await db.Organisations.SingleAsync(o => o.Slug == DemoSeeder.Slug)).SharesBenchmark = true;
            await db.SaveChangesAsync();
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });
        var tampered = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        tampered["peerScores"] = System.Text.Json.Nodes.JsonNode.Parse("[" + scores + "]");

        var error = await Assert.ThrowsAsync<BackupException>(() => InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(tampered.ToJsonString()).ImportAsync(db);
            return 0;
        }));

        Assert.Contains("peer-benchmark", error.Message, StringComparison.Ordinal);
        Assert.False(await InScopeAsync(target, (_, db) => db.Organisations.AnyAsync()));
        Assert.False(await InScopeAsync(target, (_, db) => db.PeerScores.AnyAsync()));
    }

    [Fact]
    public async Task Import_Format6File_IsStillRead_WithoutAuditUserIdsOrPeerScores()
    {
        await using var source = Services(TestData.Demo);
        await using var target = Services();
        var json = await InScopeAsync(source, async (_, db) =>
        {
            await SharesAndLogsAsync(db);
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        old["format"] = 6;
        Assert.True(old.Remove("peerScores"));
        foreach (var entry in old["auditLog"]!.AsArray())
        {
            entry!.AsObject().Remove("userId");
        }

        var restored = await InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(old.ToJsonString()).ImportAsync(db);
            return (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.UserId != null), await db.PeerScores.CountAsync(), await db.AuditEntries.IgnoreQueryFilters().CountAsync());
        });

        Assert.Equal((0, 0), (restored.Item1, restored.Item2));
        Assert.Equal(OrganisationBackup.FromJson(json).AuditLog.Count, restored.Item3);
    }

    [Fact]
    public async Task Import_IntoADatabaseThatHasTheOrganisation_IsRefused_AndChangesNothing()
    {
        await using var services = Services(TestData.Demo);
        var json = await InScopeAsync(services, async (sp, db) =>
        {
            return (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson();
        });

        var error = await Assert.ThrowsAsync<BackupException>(() => InScopeAsync(services, async (_, db) =>
        {
            await OrganisationBackup.FromJson(json).ImportAsync(db);
            return 0;
        }));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\": 99}")]
    [InlineData("{\"format\": 1, \"organisation\": {\"slug\": \"Bad Slug!\"}}")]
    [InlineData("[1,2,3]")]
    public void FromJson_HostileOrWrongFiles_AreRefusedWithAMessage(string json)
    {
        var error = Assert.Throws<BackupException>(() => OrganisationBackup.FromJson(json));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    private ServiceProvider Services(TestData data = TestData.Empty) => _databases.Create(data);

    private static Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, AppDbContext, Task<T>> action) =>
        CliDatabases.InScopeAsync(services, action);
}
