using System.CommandLine;
using System.Globalization;
using DataStrategy.Core.Text;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Cli;

public static partial class Commands
{
    /// <summary>
    /// Replaces an organisation's roadmap with a generated one of N initiatives (4 teams, a hire mid-way, 0–3 dependencies
    /// each, some start-to-start, 10 % locked): for trying the scheduler and the charts at scale, and for the benchmarks.
    /// </summary>
    private static Command RoadmapGenerateCommand()
    {
        var command = new Command("generate", "Replace the roadmap with a generated one of N initiatives (for trying the planner at scale and for benchmarks).");
        var organisation = RoadmapOrganisationOption();
        var count = new Option<int>("--initiatives") { Description = "How many initiatives (1 to 5000).", DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "Random seed, so the same roadmap comes back.", DefaultValueFactory = _ => 42 };
        command.Options.Add(organisation);
        command.Options.Add(count);
        command.Options.Add(seed);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var n = parse.GetValue(count);
            if (n is < 1 or > 5000)
            {
                await Console.Error.WriteLineAsync(L["--initiatives must be between 1 and 5000."]);
                return 1;
            }

            var org = await EnterRoadmapOrganisationAsync(services, db, parse.GetValue(organisation), ct);
            if (org is null)
            {
                return 1;
            }

            await db.ScheduleProposals.ExecuteDeleteAsync(ct);
            await db.CheckIns.ExecuteDeleteAsync(ct);
            await db.Milestones.ExecuteDeleteAsync(ct);
            await db.InitiativeDependencies.ExecuteDeleteAsync(ct);
            await db.InitiativeEfforts.ExecuteDeleteAsync(ct);
            await db.Initiatives.ExecuteDeleteAsync(ct);
            await db.TeamCapacities.ExecuteDeleteAsync(ct);
            await db.DeliveryTeams.ExecuteDeleteAsync(ct);
            await db.Workstreams.ExecuteDeleteAsync(ct);
            var roadmap = await RoadmapWorkspace.EnsureAsync(db, ct);
            var random = new Random(parse.GetValue(seed));
            var workstreams = Enumerable.Range(1, Math.Clamp(n / 25, 2, 8)).Select(w => new Workstream { Name = LocalizedText.Of("Axe " + w, "Werkstroom " + w, "Workstream " + w), Position = w }).ToList();
            var teams = Enumerable.Range(1, 4).Select(t => new DeliveryTeam { Name = LocalizedText.Of("Équipe " + t, "Team " + t, "Team " + t), Position = t }).ToList();
            db.Workstreams.AddRange(workstreams);
            db.DeliveryTeams.AddRange(teams);
            // Enough people that the plan fits in about the horizon when run three or four at a time per team.
            var fte = Math.Max(4, n / 12);
            foreach (var team in teams)
            {
                db.TeamCapacities.Add(new TeamCapacity { TeamId = team.Id, FromMonth = roadmap.StartMonth, Fte = fte });
                db.TeamCapacities.Add(new TeamCapacity { TeamId = team.Id, FromMonth = roadmap.StartMonth.AddMonths(roadmap.HorizonMonths / 2), Fte = fte + 2 });
            }

            var initiatives = new List<Initiative>();
            for (var i = 0; i < n; i++)
            {
                var code = "G-" + (i + 1).ToString("0000", CultureInfo.InvariantCulture);
                var initiative = new Initiative
                {
                    Code = code,
                    Title = LocalizedText.Of("Initiative générée " + code, "Gegenereerd initiatief " + code, "Generated initiative " + code),
                    WorkstreamId = workstreams[random.Next(workstreams.Count)].Id,
                    DurationMonths = random.Next(1, 10),
                    Priority = random.Next(1, 6),
                    Status = InitiativeStatus.Planned,
                    Position = i + 1,
                };
                initiative.PlannedStart = roadmap.StartMonth.AddMonths(random.Next(0, Math.Max(1, roadmap.HorizonMonths - initiative.DurationMonths)));
                if (random.NextDouble() < 0.1)
                {
                    initiative.LockedStart = initiative.PlannedStart;
                }

                initiatives.Add(initiative);
                db.Initiatives.Add(initiative);
                foreach (var team in teams.Where(_ => random.NextDouble() < 0.4).DefaultIfEmpty(teams[random.Next(teams.Count)]))
                {
                    db.InitiativeEfforts.Add(new InitiativeEffort { InitiativeId = initiative.Id, TeamId = team.Id, Fte = random.Next(1, 7) * 0.5m });
                }

                // Dependencies only on earlier initiatives: never a cycle; locked ones depend on nothing, so locks never conflict.
                if (i > 0 && initiative.LockedStart is null)
                {
                    foreach (var p in Enumerable.Range(0, random.Next(0, 4)).Select(_ => initiatives[random.Next(Math.Max(0, i - 30), i)]).Distinct())
                    {
                        db.InitiativeDependencies.Add(new InitiativeDependency
                        {
                            PredecessorId = p.Id,
                            SuccessorId = initiative.Id,
                            Type = random.NextDouble() < 0.2 ? DependencyType.StartToStart : DependencyType.FinishToStart,
                            LagMonths = random.NextDouble() < 0.2 ? random.Next(1, 3) : 0,
                        });
                    }
                }

                if (random.NextDouble() < 0.3)
                {
                    db.Milestones.Add(new Milestone { InitiativeId = initiative.Id, Title = LocalizedText.Of("Jalon " + code, "Mijlpaal " + code, "Milestone " + code), DueOn = initiative.PlannedStart!.Value.AddMonths(initiative.DurationMonths - 1) });
                }
            }

            await db.SaveChangesAsync(ct);
            Console.WriteLine(L["Generated {0} initiatives, {1} teams and {2} workstreams for {3}.", n, teams.Count, workstreams.Count, org.Slug]);
            return 0;
        }));
        return command;
    }
}
