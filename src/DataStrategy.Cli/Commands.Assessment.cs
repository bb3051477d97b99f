using System.CommandLine;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Cli;

public static partial class Commands
{
    private static Option<string> OrganisationOption() =>
        new("--organisation") { Description = "The organisation's slug (its web address), e.g. ville-de-demo.", Required = true };

    /// <summary>Resolves the organisation and scopes the context to it; null (and a message) when unknown.</summary>
    private static async Task<Organisation?> EnterAsync(IServiceProvider services, AppDbContext db, string slug, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Slug == slug, ct);
        if (organisation is null)
        {
            await Console.Error.WriteLineAsync($"There is no organisation \"{slug}\".");
            return null;
        }

        services.GetRequiredService<TenantContext>().SetOrganisation(organisation.Id);
        return organisation;
    }

    public static void AddFramework(RootCommand root)
    {
        var command = new Command("framework", "Import or export maturity frameworks.");

        var import = new Command("import", "Import a framework file: our own JSON format or the ODI Maturity Assessment Tool's. All or nothing.");
        var organisation = OrganisationOption();
        var file = new Argument<FileInfo>("file") { Description = "The framework JSON file." };
        var language = new Option<string>("--language") { Description = "Language of an ODI tool file (fr, nl or en).", DefaultValueFactory = _ => "en" };
        import.Options.Add(organisation);
        import.Options.Add(language);
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            if (await EnterAsync(services, db, parse.GetValue(organisation)!, ct) is null)
            {
                return 1;
            }

            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 1;
            }

            if (path.Length > FrameworkJson.MaxBytes)
            {
                await Console.Error.WriteLineAsync($"The file is too large (at most {FrameworkJson.MaxBytes / 1024 / 1024} MB).");
                return 1;
            }

            var result = FrameworkFile.Read(await File.ReadAllBytesAsync(path.FullName, ct), parse.GetValue(language)!);
            if (!result.IsValid)
            {
                foreach (var issue in result.Issues)
                {
                    await Console.Error.WriteLineAsync($"{issue.Path}: {issue.Code}{(issue.Value is null ? "" : " (" + issue.Value + ")")}");
                }

                await Console.Error.WriteLineAsync("Nothing was imported.");
                return 1;
            }

            var row = await FrameworkLibrary.AddVersionAsync(db, result.Framework!, FrameworkOrigin.Imported);
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"Imported {row.Key} version {row.VersionNumber} ({row.Id}): {row.ThemeCount} themes, {row.TopicCount} topics, {row.QuestionCount} questions, {row.LevelCount} levels.");
            return 0;
        }));

        var export = new Command("export", "Write a framework version as our JSON format.");
        var exportOrganisation = OrganisationOption();
        var key = new Option<string>("--framework") { Description = "The framework's ID (e.g. city-data-maturity) or its GUID.", Required = true };
        var version = new Option<int?>("--version") { Description = "Version number (default: the latest)." };
        var output = new Option<FileInfo>("--out") { Description = "The JSON file to write.", Required = true };
        export.Options.Add(exportOrganisation);
        export.Options.Add(key);
        export.Options.Add(version);
        export.Options.Add(output);
        export.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            if (await EnterAsync(services, db, parse.GetValue(exportOrganisation)!, ct) is null)
            {
                return 1;
            }

            var wanted = parse.GetValue(key)!;
            var number = parse.GetValue(version);
            var query = Guid.TryParse(wanted, out var id) ? db.Frameworks.Where(f => f.Id == id) : db.Frameworks.Where(f => f.Key == wanted);
            if (number is not null)
            {
                query = query.Where(f => f.VersionNumber == number);
            }

            var row = await query.OrderByDescending(f => f.VersionNumber).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                await Console.Error.WriteLineAsync($"There is no framework \"{wanted}\"{(number is null ? "" : " version " + number)}.");
                return 1;
            }

            var target = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(target.FullName, FrameworkJson.Write(FrameworkLibrary.Definition(row)), ct);
            Console.WriteLine($"Exported {row.Key} version {row.VersionNumber} → {target.FullName}");
            return 0;
        }));

        command.Subcommands.Add(import);
        command.Subcommands.Add(export);
        root.Subcommands.Add(command);
    }

    public static void AddCampaign(RootCommand root)
    {
        var command = new Command("campaign", "Import or export a campaign's answers.");

        var import = new Command("import-answers", "Import answers exported by a survey tool (CSV or XLSX) with a saved mapping. All or nothing.");
        var organisation = OrganisationOption();
        var campaignOption = new Option<string>("--campaign") { Description = "The campaign's name or GUID.", Required = true };
        var mappingOption = new Option<FileInfo?>("--mapping") { Description = "Mapping JSON (layout, columns, values). Without it, the campaign's last mapping or an automatic one is used." };
        var file = new Argument<FileInfo>("file") { Description = "The CSV or XLSX file." };
        import.Options.Add(organisation);
        import.Options.Add(campaignOption);
        import.Options.Add(mappingOption);
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            if (await EnterAsync(services, db, parse.GetValue(organisation)!, ct) is null)
            {
                return 1;
            }

            var campaign = await FindCampaignAsync(db, parse.GetValue(campaignOption)!, ct);
            if (campaign is null)
            {
                return 1;
            }

            if (!campaign.AcceptsAnswers)
            {
                await Console.Error.WriteLineAsync("This campaign is closed: its answers are frozen.");
                return 1;
            }

            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 1;
            }

            if (path.Length > AnswerImport.MaxBytes)
            {
                await Console.Error.WriteLineAsync($"The file is too large (at most {AnswerImport.MaxBytes / 1024 / 1024} MB). Nothing was imported.");
                return 1;
            }

            var definition = FrameworkLibrary.Definition(campaign.Framework!);
            TabularData data;
            try
            {
                data = AnswerImport.Read(path.Name, await File.ReadAllBytesAsync(path.FullName, ct));
            }
            catch (TabularFileException ex)
            {
                await Console.Error.WriteLineAsync(ex.Code == ImportErrorCode.UnclosedQuote
                    ? $"Line {ex.Detail}: a value starts with a quotation mark (\") that is never closed. Add the closing quotation mark, or remove the opening one. Nothing was imported."
                    : $"{ex.Code}: {ex.Detail}. Nothing was imported.");
                return 1;
            }

            AnswerMapping mapping;
            if (parse.GetValue(mappingOption) is { } mappingFile)
            {
                var parsed = mappingFile.Exists ? AnswerMapping.FromJson(await File.ReadAllTextAsync(mappingFile.FullName, ct)) : null;
                if (parsed is null)
                {
                    await Console.Error.WriteLineAsync($"{mappingFile.FullName} is not a mapping file.");
                    return 1;
                }

                mapping = parsed;
            }
            else
            {
                mapping = AnswerMapping.Suggest(data.Header, definition, AnswerMapping.FromJson(campaign.AnswerMapping));
            }

            var result = AnswerImport.Parse(data, definition, mapping, await DepartmentLookup.LoadAsync(db, ct));
            if (!result.IsValid)
            {
                foreach (var issue in result.Issues)
                {
                    await Console.Error.WriteLineAsync($"row {issue.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, column {issue.Column ?? "-"}: {issue.Code}{(issue.Value is null ? "" : " (" + issue.Value + ")")}");
                }

                await Console.Error.WriteLineAsync($"{result.IssueCount} problems. Nothing was imported.");
                return 1;
            }

            var batch = await AnswerImportCommit.CommitAsync(db, campaign, result, mapping, path.Name, "dss", ct);
            Console.WriteLine($"Imported {batch.Answers} answers from {batch.Respondents} respondents into \"{campaign.Name}\".");
            return 0;
        }));

        var export = new Command("export-answers", "Write every answer of a campaign as CSV, one row per answer.");
        var exportOrganisation = OrganisationOption();
        var exportCampaign = new Option<string>("--campaign") { Description = "The campaign's name or GUID.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write.", Required = true };
        var delimiter = new Option<string>("--delimiter") { Description = "Field separator: ',' (default) or ';' (Excel in French or Dutch).", DefaultValueFactory = _ => "," };
        export.Options.Add(exportOrganisation);
        export.Options.Add(exportCampaign);
        export.Options.Add(output);
        export.Options.Add(delimiter);
        export.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            if (await EnterAsync(services, db, parse.GetValue(exportOrganisation)!, ct) is null)
            {
                return 1;
            }

            var campaign = await FindCampaignAsync(db, parse.GetValue(exportCampaign)!, ct);
            if (campaign is null)
            {
                return 1;
            }

            var separator = parse.GetValue(delimiter) == ";" ? ";" : ",";
            var target = parse.GetValue(output)!;
            await using (var stream = File.Create(target.FullName))
            {
                await AnswerExport.WriteCsvAsync(db, campaign.Id, stream, separator, ct);
            }

            Console.WriteLine($"Exported the answers of \"{campaign.Name}\" → {target.FullName}");
            return 0;
        }));

        command.Subcommands.Add(import);
        command.Subcommands.Add(export);
        root.Subcommands.Add(command);
    }

    private static async Task<Campaign?> FindCampaignAsync(AppDbContext db, string nameOrId, CancellationToken ct)
    {
        var matches = Guid.TryParse(nameOrId, out var id)
            ? await db.Campaigns.Include(c => c.Framework).Where(c => c.Id == id).ToListAsync(ct)
            : await db.Campaigns.Include(c => c.Framework).Where(c => c.Name == nameOrId).ToListAsync(ct);
        if (matches.Count == 1)
        {
            return matches[0];
        }

        await Console.Error.WriteLineAsync(matches.Count == 0 ? $"There is no campaign \"{nameOrId}\"." : $"Several campaigns are named \"{nameOrId}\"; use its ID.");
        return null;
    }
}
