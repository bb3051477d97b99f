using System.CommandLine;
using System.Globalization;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using DataStrategy.Data;
using DataStrategy.Data.Assessment;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Messages;
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
            await Console.Error.WriteLineAsync(L["There is no organisation \"{0}\".", slug]);
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
        var themeLevel = new Option<string>("--theme-level") { Description = "ODI tool file: which level holds the themes. 'auto' (default) detects it: the activities when an activity title recurs under several dimensions (UK government framework), else the dimensions (the ODI's own model). 'activity' or 'dimension' chooses.", DefaultValueFactory = _ => "auto" };
        themeLevel.AcceptOnlyFromAmong("auto", "activity", "dimension");
        import.Options.Add(organisation);
        import.Options.Add(language);
        import.Options.Add(themeLevel);
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) => await WithDatabaseAsync((services, db) => ImportFrameworkAsync(
            services, db, parse.GetValue(organisation)!, parse.GetValue(file)!, parse.GetValue(language)!,
            parse.GetValue(themeLevel) switch { "activity" => OdiThemeLevel.Activity, "dimension" => OdiThemeLevel.Dimension, _ => OdiThemeLevel.Auto },
            Console.Out, Console.Error, ct)));

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
                await Console.Error.WriteLineAsync(number is null ? L["There is no framework \"{0}\".", wanted] : L["There is no framework \"{0}\" version {1}.", wanted, number]);
                return 1;
            }

            var target = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(target.FullName, FrameworkJson.Write(FrameworkLibrary.Definition(row)), ct);
            Console.WriteLine(L["Exported {0} version {1} → {2}", row.Key, row.VersionNumber, target.FullName]);
            return 0;
        }));

        command.Subcommands.Add(import);
        command.Subcommands.Add(export);
        root.Subcommands.Add(command);
    }

    public static void AddCampaign(RootCommand root)
    {
        var command = new Command("campaign", "Import or export a campaign's answers.");

        var import = new Command("import-answers", "Import answers exported by a survey tool (CSV or XLSX) with a saved mapping. All or nothing. A file already imported, or respondents already in the campaign, are refused unless --existing says what to do with them.");
        var organisation = OrganisationOption();
        var campaignOption = new Option<string>("--campaign") { Description = "The campaign's name or GUID.", Required = true };
        var mappingOption = new Option<FileInfo?>("--mapping") { Description = "Mapping JSON (layout, columns, values, departments). It adds to the campaign's last mapping and the automatic one: what it names wins, the rest is matched as without it." };
        var departmentsOption = new Option<FileInfo?>("--departments") { Description = "Department mapping (CSV with the header value,department): each department value of the file that matches no department's code or name, then a department code, or 'new' to create a department of that name. Adds to the automatic matching by code or name in any language." };
        var existingOption = new Option<string?>("--existing") { Description = "Respondents already in the campaign (same file, or same respondent keys): 'skip' keeps their answers and imports the others, 'replace' replaces their answers. Without it such a file is refused and nothing is written." };
        existingOption.AcceptOnlyFromAmong("skip", "replace");
        var file = new Argument<FileInfo>("file") { Description = "The CSV or XLSX file." };
        import.Options.Add(organisation);
        import.Options.Add(campaignOption);
        import.Options.Add(mappingOption);
        import.Options.Add(departmentsOption);
        import.Options.Add(existingOption);
        import.Arguments.Add(file);
        import.SetAction(async (parse, ct) => await WithDatabaseAsync((services, db) => ImportAnswersAsync(
            services, db, parse.GetValue(organisation)!, parse.GetValue(campaignOption)!, parse.GetValue(mappingOption), parse.GetValue(departmentsOption), parse.GetValue(file)!,
            parse.GetValue(existingOption) switch { "skip" => ExistingRespondents.Skip, "replace" => ExistingRespondents.Replace, _ => ExistingRespondents.Refuse },
            Console.Out, Console.Error, ct)));

        var imports = new Command("imports", "List a campaign's answer imports (batches), newest first.");
        var importsOrganisation = OrganisationOption();
        var importsCampaign = new Option<string>("--campaign") { Description = "The campaign's name or GUID.", Required = true };
        imports.Options.Add(importsOrganisation);
        imports.Options.Add(importsCampaign);
        imports.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            if (await EnterAsync(services, db, parse.GetValue(importsOrganisation)!, ct) is null || await FindCampaignAsync(db, parse.GetValue(importsCampaign)!, ct) is not { } campaign)
            {
                return 1;
            }

            foreach (var b in (await db.AnswerImportBatches.AsNoTracking().Where(b => b.CampaignId == campaign.Id).ToListAsync(ct)).OrderByDescending(b => b.ImportedAt))
            {
                string[] counts = [L["{0} respondents, {1} answers", b.Respondents, b.Answers], .. b.Skipped > 0 ? [L["{0} skipped", b.Skipped].Value] : Array.Empty<string>(), .. b.Replaced > 0 ? [L["{0} replaced", b.Replaced].Value] : Array.Empty<string>()];
                var undone = b.UndoneAt is { } u ? "  " + L["(undone {0:u} by {1})", u, b.UndoneByName ?? ""] : "";
                Console.WriteLine($"{b.Id}  {b.ImportedAt:u}  {b.UserName}  {b.FileName}  {string.Join(", ", counts)}{undone}");
            }

            return 0;
        }));

        var undo = new Command("undo-import", "Undo an answer import: delete the responses it created (with their answers). Respondents whose earlier answers it replaced leave the campaign too; import the earlier file again to bring them back.");
        var undoOrganisation = OrganisationOption();
        var undoCampaign = new Option<string>("--campaign") { Description = "The campaign's name or GUID.", Required = true };
        var batchOption = new Option<Guid>("--batch") { Description = "The import's ID (see 'dss campaign imports').", Required = true };
        undo.Options.Add(undoOrganisation);
        undo.Options.Add(undoCampaign);
        undo.Options.Add(batchOption);
        undo.SetAction(async (parse, ct) => await WithDatabaseAsync((services, db) => UndoImportAsync(
            services, db, parse.GetValue(undoOrganisation)!, parse.GetValue(undoCampaign)!, parse.GetValue(batchOption), Console.Out, Console.Error, ct)));

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

            Console.WriteLine(L["Exported the answers of \"{0}\" → {1}", ShownName(campaign), target.FullName]);
            return 0;
        }));

        command.Subcommands.Add(import);
        command.Subcommands.Add(imports);
        command.Subcommands.Add(undo);
        command.Subcommands.Add(export);
        root.Subcommands.Add(command);
    }

    /// <summary>dss framework import: all or nothing; says which level of an ODI file became the themes.</summary>
    public static async Task<int> ImportFrameworkAsync(IServiceProvider services, AppDbContext db, string organisationSlug, FileInfo path, string language, OdiThemeLevel themeLevel, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (await EnterAsync(services, db, organisationSlug, ct) is null)
        {
            return 1;
        }

        if (!path.Exists)
        {
            await error.WriteLineAsync(L["There is no file {0}.", path.FullName]);
            return 1;
        }

        if (path.Length > FrameworkJson.MaxBytes)
        {
            await error.WriteLineAsync(L["The file is too large (at most {0} MB).", FrameworkJson.MaxBytes / 1024 / 1024]);
            return 1;
        }

        var result = FrameworkFile.Read(await File.ReadAllBytesAsync(path.FullName, ct), language, themeLevel);
        if (!result.IsValid)
        {
            foreach (var line in ImportMessages.Summarise(L, result.Issues))
            {
                await error.WriteLineAsync(line);
            }

            await error.WriteLineAsync(L["Nothing was imported."]);
            return 1;
        }

        var row = await FrameworkLibrary.AddVersionAsync(db, result.Framework!, FrameworkOrigin.Imported);
        await db.SaveChangesAsync(ct);
        await output.WriteLineAsync(L["Imported {0} version {1} ({2}): {3} themes, {4} topics, {5} questions, {6} levels.", row.Key, row.VersionNumber, row.Id, row.ThemeCount, row.TopicCount, row.QuestionCount, row.LevelCount]);
        if (result.ThemeLevel is { } level)
        {
            await output.WriteLineAsync(ImportMessages.ThemeLevel(L, level, result.ThemeLevelDetected));
        }

        return 0;
    }

    /// <summary>dss campaign import-answers: all or nothing; a file or respondents already there need <paramref name="existing"/>.</summary>
    public static async Task<int> ImportAnswersAsync(IServiceProvider services, AppDbContext db, string organisationSlug, string campaignName, FileInfo? mappingFile, FileInfo? departmentsFile, FileInfo path, ExistingRespondents existing, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (await EnterAsync(services, db, organisationSlug, ct) is null)
        {
            return 1;
        }

        var campaign = await FindCampaignAsync(db, campaignName, ct);
        if (campaign is null)
        {
            return 1;
        }

        if (!campaign.AcceptsAnswers)
        {
            await error.WriteLineAsync(L["This campaign is closed: its answers are frozen."]);
            return 1;
        }

        if (!path.Exists)
        {
            await error.WriteLineAsync(L["There is no file {0}.", path.FullName]);
            return 1;
        }

        if (path.Length > AnswerImport.MaxBytes)
        {
            await error.WriteLineAsync(L["The file is too large (at most {0} MB).", AnswerImport.MaxBytes / 1024 / 1024] + " " + L["Nothing was imported."]);
            return 1;
        }

        var definition = FrameworkLibrary.Definition(campaign.Framework!);
        var content = await File.ReadAllBytesAsync(path.FullName, ct);
        TabularData data;
        try
        {
            data = AnswerImport.Read(path.Name, content);
        }
        catch (TabularFileException ex)
        {
            var value = ex.Code switch
            {
                ImportErrorCode.FileTooLarge => (AnswerImport.MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture),
                ImportErrorCode.TooManyRows => AnswerImport.MaxRows.ToString(CultureInfo.InvariantCulture),
                _ => ex.Detail,
            };
            await error.WriteLineAsync(ImportMessages.Describe(L, new ImportIssue(ex.Code, Value: value)) + " " + L["Nothing was imported."]);
            return 1;
        }

        // The mapping file and the department file add to what is remembered and to the automatic mapping; they replace neither.
        var given = AnswerMapping.FromJson(campaign.AnswerMapping) ?? new AnswerMapping();
        if (mappingFile is not null)
        {
            var parsed = mappingFile.Exists && mappingFile.Length <= MaxMappingBytes ? AnswerMapping.FromJson(await File.ReadAllTextAsync(mappingFile.FullName, ct)) : null;
            if (parsed is null)
            {
                await error.WriteLineAsync(L["{0} is not a mapping file.", mappingFile.FullName]);
                return 1;
            }

            given = AnswerMapping.Combine(given, parsed);
        }

        if (departmentsFile is not null)
        {
            var departments = await ReadDepartmentMappingAsync(departmentsFile, error, ct);
            if (departments is null)
            {
                return 1;
            }

            given = AnswerMapping.Combine(given, new AnswerMapping { Departments = departments });
        }

        var mapping = AnswerMapping.Suggest(data.Header, definition, given);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == campaign.OrganisationId, ct);
        var plan = await AnswerDepartmentPlan.LoadAsync(db, mapping, campaign.OrganisationId, organisation.DefaultLanguage, ct);
        var result = AnswerImport.Parse(data, definition, mapping, plan.Lookup);
        if (!result.IsValid)
        {
            var planIssues = plan.IssuesFor(result);
            List<ImportIssue> issues = [.. planIssues, .. result.Issues];
            foreach (var line in ImportMessages.Summarise(L, issues, planIssues.Count + result.IssueCount))
            {
                await error.WriteLineAsync(line);
            }

            if (result.UnknownDepartments.Count > 0)
            {
                await error.WriteLineAsync(L["Map the departments not found with --departments FILE: a CSV with the header value,department, then one line per value with a department code, or new to create it."]);
            }

            var count = planIssues.Count + result.IssueCount;
            await error.WriteLineAsync((count == 1 ? L["1 problem."] : L["{0} problems.", count]) + " " + L["Nothing was imported."]);
            return 1;
        }

        var created = plan.NewDepartmentsFor(result);
        var outcome = await AnswerImportCommit.CommitAsync(db, campaign, result, mapping, new AnswerImportSource(path.Name, AnswerImport.Sha256(content), null, "dss") { NewDepartments = created }, existing, ct);
        switch (outcome.Status)
        {
            case AnswerImportStatus.ChoiceNeeded:
                foreach (var earlier in outcome.Overlap.SameFile)
                {
                    await error.WriteLineAsync(L["This file was already imported into \"{0}\" on {1:u} by {2} ({3}, {4} respondents).", ShownName(campaign), earlier.ImportedAt, earlier.UserName, earlier.FileName, earlier.Respondents]);
                }

                if (outcome.Overlap.ExistingRespondents > 0)
                {
                    await error.WriteLineAsync(L["{0} of its {1} respondents are already in this campaign.", outcome.Overlap.ExistingRespondents, result.Respondents.Count]);
                }

                await error.WriteLineAsync(L["Nothing was imported. Run again with --existing skip (keep their answers, import the others) or --existing replace (replace their answers)."]);
                return 1;
            case AnswerImportStatus.NothingToImport:
                await output.WriteLineAsync(L["Every respondent of this file is already in \"{0}\": nothing was imported.", ShownName(campaign)]);
                return 0;
            case AnswerImportStatus.Conflict:
                await error.WriteLineAsync(L["Another import added some of these respondents at the same moment. Nothing was imported; run the command again."]);
                return 1;
            default:
                var batch = outcome.Batch!;
                string[] said =
                [
                    L["Imported {0} answers from {1} respondents into \"{2}\".", batch.Answers, batch.Respondents, ShownName(campaign)],
                    .. batch.Skipped > 0 ? [L["{0} respondents already there were skipped.", batch.Skipped].Value] : Array.Empty<string>(),
                    .. batch.Replaced > 0 ? [L["The answers of {0} respondents already there were replaced.", batch.Replaced].Value] : Array.Empty<string>(),
                    .. created.Count > 0 ? [L["New departments: {0}.", string.Join(", ", created.Select(d => d.Code))].Value] : Array.Empty<string>(),
                    L["Import {0}.", batch.Id],
                ];
                await output.WriteLineAsync(string.Join(" ", said));
                return 0;
        }
    }

    /// <summary>The largest mapping or department file read (they are a few lines).</summary>
    public const int MaxMappingBytes = 1024 * 1024;

    /// <summary>
    /// Reads a department mapping: CSV (or XLSX) with a header row naming the value and the department, then one row per
    /// value: a department code, or "new". Null (and the problem said) when it cannot be read.
    /// </summary>
    public static async Task<Dictionary<string, string>?> ReadDepartmentMappingAsync(FileInfo file, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(error);
        if (!file.Exists || file.Length > MaxMappingBytes)
        {
            await error.WriteLineAsync(file.Exists ? L["The file is too large (at most {0} MB).", MaxMappingBytes / 1024 / 1024] : L["There is no file {0}.", file.FullName]);
            return null;
        }

        TabularData table;
        try
        {
            table = TabularFile.Read(file.Name, await File.ReadAllBytesAsync(file.FullName, ct), 10_000);
        }
        catch (TabularFileException ex)
        {
            await error.WriteLineAsync(ImportMessages.Describe(L, new ImportIssue(ex.Code, Value: ex.Detail)));
            return null;
        }

        if (table.Header.Count < 2)
        {
            await error.WriteLineAsync(L["{0} is not a department mapping: expected a CSV with the header value,department.", file.Name]);
            return null;
        }

        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var value = row.Count > 0 ? row[0].Trim() : string.Empty;
            var target = row.Count > 1 ? row[1].Trim() : string.Empty;
            if (value.Length == 0 || target.Length == 0)
            {
                continue;
            }

            departments[value] = target;
        }

        return departments;
    }

    /// <summary>dss campaign undo-import.</summary>
    public static async Task<int> UndoImportAsync(IServiceProvider services, AppDbContext db, string organisationSlug, string campaignName, Guid batchId, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (await EnterAsync(services, db, organisationSlug, ct) is null || await FindCampaignAsync(db, campaignName, ct) is not { } campaign)
        {
            return 1;
        }

        var batch = await db.AnswerImportBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.CampaignId == campaign.Id, ct);
        if (batch is null)
        {
            await error.WriteLineAsync(L["There is no import {0} in \"{1}\".", batchId, ShownName(campaign)]);
            return 1;
        }

        if (batch.UndoneAt is not null)
        {
            await error.WriteLineAsync(L["This import was already undone on {0:u} by {1}.", batch.UndoneAt, batch.UndoneByName ?? ""]);
            return 1;
        }

        if (!campaign.AcceptsAnswers)
        {
            await error.WriteLineAsync(L["This campaign is closed: its answers are frozen."]);
            return 1;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var deleted = await AnswerImportUndo.UndoAsync(db, batch, DateTimeOffset.UtcNow, ct);
        await transaction.CommitAsync(ct);
        await output.WriteLineAsync(L["Undid the import of {0} ({1:u}): {2} respondents and their answers were removed from \"{3}\".", batch.FileName, batch.ImportedAt, deleted, ShownName(campaign)]);
        return 0;
    }

    /// <summary>A campaign is named in each of its languages: any of them finds it.</summary>
    private static bool IsNamed(Campaign campaign, string name) =>
        campaign.Name.Values.Values.Any(v => string.Equals(v, name.Trim(), StringComparison.Ordinal));

    /// <summary>The campaign's name as the command prints it: in the command's language, else as the text falls back.</summary>
    private static string ShownName(Campaign campaign) => campaign.Name.ForCurrentCulture();

    private static async Task<Campaign?> FindCampaignAsync(AppDbContext db, string nameOrId, CancellationToken ct)
    {
        var matches = Guid.TryParse(nameOrId, out var id)
            ? await db.Campaigns.Include(c => c.Framework).Where(c => c.Id == id).ToListAsync(ct)
            : (await db.Campaigns.Include(c => c.Framework).ToListAsync(ct)).Where(c => IsNamed(c, nameOrId)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        await Console.Error.WriteLineAsync(matches.Count == 0 ? L["There is no campaign \"{0}\".", nameOrId] : L["Several campaigns are named \"{0}\"; use its ID.", nameOrId]);
        return null;
    }
}
