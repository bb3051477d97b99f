using System.CommandLine;
using DataStrategy.Core;
using DataStrategy.Core.Csv;
using DataStrategy.Core.Roadmap;
using DataStrategy.Core.Roadmap.Exchange;
using DataStrategy.Data;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Roadmaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddRoadmap(RootCommand root)
    {
        var command = new Command("roadmap", "Export or auto-schedule an organisation's roadmap.");
        command.Subcommands.Add(RoadmapExportCommand());
        command.Subcommands.Add(RoadmapScheduleCommand());
        command.Subcommands.Add(RoadmapGenerateCommand());
        root.Subcommands.Add(command);
    }

    private static Option<string?> RoadmapOrganisationOption() =>
        new("--organisation") { Description = "The organisation's slug (its web address); may be left out when there is only one organisation." };

    private static Command RoadmapExportCommand()
    {
        var command = new Command("export", "Write the roadmap as a workbook (.xlsx), initiatives CSV (.csv), milestones calendar (.ics) or JSON (.json), by the file's extension.");
        var organisation = RoadmapOrganisationOption();
        var output = new Option<FileInfo>("--out") { Description = "The file to write: .xlsx, .csv, .ics or .json.", Required = true };
        var language = new Option<string?>("--language") { Description = "Language of names (fr, nl or en); by default the organisation's." };
        var people = new Option<bool>("--name-leads") { Description = "Name the people leading initiatives (personal data); by default only lead roles." };
        command.Options.Add(organisation);
        command.Options.Add(output);
        command.Options.Add(language);
        command.Options.Add(people);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var file = parse.GetValue(output)!;
            var extension = file.Extension.ToLowerInvariant();
            if (extension is not (".xlsx" or ".csv" or ".ics" or ".json"))
            {
                await Console.Error.WriteLineAsync(L["The output file must end in .xlsx, .csv, .ics or .json."]);
                return 1;
            }

            var org = await EnterRoadmapOrganisationAsync(services, db, parse.GetValue(organisation), ct);
            if (org is null)
            {
                return 1;
            }

            var lang = parse.GetValue(language) ?? org.DefaultLanguage;
            if (!Languages.IsSupported(lang))
            {
                await Console.Error.WriteLineAsync(L["Unknown language \"{0}\": use fr, nl or en.", lang]);
                return 1;
            }

            var roadmap = await RoadmapExchangeComposer.ComposeAsync(db, org.Slug, new RoadmapExportOptions(lang, parse.GetValue(people)), DateTimeOffset.UtcNow, ct);
            var bytes = extension switch
            {
                ".xlsx" => RoadmapSheets.Xlsx(roadmap),
                ".csv" => RoadmapSheets.InitiativesCsv(roadmap, CsvSafe.DelimiterFor(lang)),
                ".ics" => RoadmapCalendar.Build(roadmap, "dss.local", DateTimeOffset.UtcNow, org.Name.Get(lang)),
                _ => RoadmapJson.Build(roadmap),
            };
            await File.WriteAllBytesAsync(file.FullName, bytes, ct);
            Console.WriteLine(L["Exported the roadmap of {0}: {1} initiatives, {2} milestones, {3} KPIs → {4}", org.Slug, roadmap.Initiatives.Count, roadmap.Milestones.Count, roadmap.Kpis.Count, file.FullName]);
            return 0;
        }));
        return command;
    }

    private static Command RoadmapScheduleCommand()
    {
        var command = new Command("schedule", "Auto-schedule the roadmap and print the result; with --apply, save the planned starts of initiatives that are not locked.");
        var organisation = RoadmapOrganisationOption();
        var objective = new Option<string>("--objective") { Description = "finish: earliest finish of everything; value: the most priority-weighted initiatives by the horizon's end.", DefaultValueFactory = _ => "finish" };
        objective.AcceptOnlyFromAmong("finish", "value");
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds the solver may search.", DefaultValueFactory = _ => 10 };
        var apply = new Option<bool>("--apply") { Description = "Save the new planned starts (locked and started initiatives keep theirs)." };
        command.Options.Add(organisation);
        command.Options.Add(objective);
        command.Options.Add(timeLimit);
        command.Options.Add(apply);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var seconds = parse.GetValue(timeLimit);
            if (seconds is <= 0 or > 3600 || double.IsNaN(seconds))
            {
                await Console.Error.WriteLineAsync(L["--time-limit must be between 0 and 3600 seconds."]);
                return 1;
            }

            var org = await EnterRoadmapOrganisationAsync(services, db, parse.GetValue(organisation), ct);
            if (org is null)
            {
                return 1;
            }

            var plan = await RoadmapPlan.LoadAsync(db, ct);
            if (plan.Scheduled.Count == 0)
            {
                Console.WriteLine(L["The roadmap of {0} has no initiatives to schedule.", org.Slug]);
                return 0;
            }

            var problem = plan.ToProblem();
            var options = new SchedulerOptions
            {
                Objective = parse.GetValue(objective) == "value" ? ScheduleObjective.MaximiseWeightedDelivered : ScheduleObjective.MinimiseFinish,
                TimeLimit = TimeSpan.FromSeconds(seconds),
                Hint = plan.CurrentStarts(),
            };
            var result = Scheduler.Solve(problem, options, ct);
            foreach (var line in ScheduleSummary.Describe(problem, result, plan.Start))
            {
                Console.WriteLine(line);
            }

            if (result.Status is ScheduleStatus.Infeasible or ScheduleStatus.Unknown)
            {
                return 2;
            }

            if (!parse.GetValue(apply))
            {
                Console.WriteLine(L["Nothing saved: run again with --apply to save the planned starts."]);
                return 0;
            }

            var changed = await ApplyScheduleAsync(db, plan, result, ct);
            Console.WriteLine(L["Saved the planned start of {0} initiatives.", changed]);
            return 0;
        }));
        return command;
    }

    /// <summary>Sets PlannedStart from a schedule for initiatives that are neither locked nor started; returns how many changed.</summary>
    internal static async Task<int> ApplyScheduleAsync(AppDbContext db, RoadmapPlan plan, ScheduleResult result, CancellationToken ct)
    {
        var ids = plan.Scheduled.Select(i => i.Id).ToList();
        var tracked = await db.Initiatives.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var changed = 0;
        for (var t = 0; t < plan.Scheduled.Count && t < result.Starts.Count; t++)
        {
            if (result.Starts[t] is not { } start || !tracked.TryGetValue(plan.Scheduled[t].Id, out var initiative)
                || initiative.LockedStart is not null || initiative.Status is InitiativeStatus.InProgress or InitiativeStatus.Done)
            {
                continue;
            }

            var month = Months.At(plan.Start, start);
            if (initiative.PlannedStart != month)
            {
                initiative.PlannedStart = month;
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    private static async Task<Organisation?> EnterRoadmapOrganisationAsync(IServiceProvider services, AppDbContext db, string? slug, CancellationToken ct)
    {
        if (slug is null)
        {
            var slugs = await db.Organisations.OrderBy(o => o.Slug).Select(o => o.Slug).Take(2).ToListAsync(ct);
            if (slugs.Count != 1)
            {
                await Console.Error.WriteLineAsync(slugs.Count == 0 ? L["There is no organisation."] : L["There are several organisations: choose one with --organisation SLUG."]);
                return null;
            }

            slug = slugs[0];
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Slug == slug, ct);
        if (organisation is null)
        {
            await Console.Error.WriteLineAsync(L["There is no organisation \"{0}\".", slug]);
            return null;
        }

        services.GetRequiredService<TenantContext>().SetOrganisation(organisation.Id);
        return organisation;
    }
}
