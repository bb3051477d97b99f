using System.CommandLine;
using DataStrategy.Core;
using DataStrategy.Core.Documents;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Cli;

public static partial class Commands
{
    public static void AddReport(RootCommand root)
    {
        var command = new Command("report", "Write reports.");
        var maturity = new Command("maturity", "Write a campaign's maturity report as DOCX or PDF (by the file's extension; PDF needs LibreOffice).");
        var organisation = new Option<string>("--organisation") { Description = "The organisation's slug; the demo organisation by default.", DefaultValueFactory = _ => DemoSeeder.Slug };
        var campaign = new Option<string?>("--campaign") { Description = "The campaign's name or GUID; the organisation's latest campaign by default." };
        var language = new Option<string>("--language") { Description = "fr, nl or en; the organisation's default language by default." };
        var output = new Option<FileInfo>("--out") { Description = "The file to write: .docx or .pdf.", Required = true };
        maturity.Options.Add(organisation);
        maturity.Options.Add(campaign);
        maturity.Options.Add(language);
        maturity.Options.Add(output);
        maturity.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var target = parse.GetValue(output)!;
            var extension = target.Extension.ToLowerInvariant();
            if (extension is not (".docx" or ".pdf"))
            {
                await Console.Error.WriteLineAsync(L["The output file must end in .docx or .pdf."]);
                return 1;
            }

            var org = await EnterAsync(services, db, parse.GetValue(organisation)!, ct);
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

            Campaign? chosen;
            if (parse.GetValue(campaign) is { } nameOrId)
            {
                chosen = await FindCampaignAsync(db, nameOrId, ct);
            }
            else
            {
                var campaigns = await db.Campaigns.AsNoTracking().ToListAsync(ct);
                chosen = campaigns.OrderByDescending(c => c.StartsOn ?? DateOnly.FromDateTime(c.CreatedAt.UtcDateTime)).FirstOrDefault();
                if (chosen is null)
                {
                    await Console.Error.WriteLineAsync(L["The organisation \"{0}\" has no campaign.", org.Slug]);
                }
            }

            if (chosen is null)
            {
                return 1;
            }

            if (extension == ".pdf" && !PdfConverter.IsAvailable())
            {
                await Console.Error.WriteLineAsync(L["PDF needs LibreOffice (soffice on the PATH, or DSS_SOFFICE): apt-get install libreoffice-writer. Write a .docx instead."]);
                return 1;
            }

            var report = (await MaturityReportComposer.ComposeAsync(db, chosen.Id, lang, ct))!;
            var docx = MaturityReportDocx.Build(report);
            var bytes = extension == ".pdf" ? await PdfConverter.ConvertAsync(docx, ct) : docx;
            await File.WriteAllBytesAsync(target.FullName, bytes, ct);
            Console.WriteLine(L["Wrote the maturity report of \"{0}\" ({1}) → {2}", chosen.Name.Get(lang), lang, target.FullName]);
            return 0;
        }));

        command.Subcommands.Add(maturity);
        command.Subcommands.Add(StrategyReport());
        root.Subcommands.Add(command);
    }

    private static Command StrategyReport()
    {
        var strategy = new Command("strategy", "Write the strategy document as DOCX or PDF (by the file's extension; PDF needs LibreOffice).");
        var organisation = new Option<string>("--organisation") { Description = "The organisation's slug; the demo organisation by default.", DefaultValueFactory = _ => DemoSeeder.Slug };
        var language = new Option<string>("--language") { Description = "fr, nl or en, or two joined by a dash for a bilingual document (fr-nl); the organisation's default language by default." };
        var version = new Option<string?>("--version") { Description = "A version number or \"draft\"; the latest published version by default (the draft if none is published)." };
        var people = new Option<bool>("--name-holders") { Description = "Name the people who hold each role (personal data); by default only their departments." };
        var output = new Option<FileInfo>("--out") { Description = "The file to write: .docx or .pdf.", Required = true };
        strategy.Options.Add(organisation);
        strategy.Options.Add(language);
        strategy.Options.Add(version);
        strategy.Options.Add(people);
        strategy.Options.Add(output);
        strategy.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            var target = parse.GetValue(output)!;
            var extension = target.Extension.ToLowerInvariant();
            if (extension is not (".docx" or ".pdf"))
            {
                await Console.Error.WriteLineAsync(L["The output file must end in .docx or .pdf."]);
                return 1;
            }

            var org = await EnterAsync(services, db, parse.GetValue(organisation)!, ct);
            if (org is null)
            {
                return 1;
            }

            var languages = StrategyDocumentComposer.ParseLanguages(parse.GetValue(language) ?? org.DefaultLanguage);
            if (languages is null)
            {
                await Console.Error.WriteLineAsync(L["Unknown language \"{0}\": use fr, nl, en, or two of them such as fr-nl.", parse.GetValue(language) ?? ""]);
                return 1;
            }

            if (extension == ".pdf" && !PdfConverter.IsAvailable())
            {
                await Console.Error.WriteLineAsync(L["PDF needs LibreOffice (soffice on the PATH, or DSS_SOFFICE): apt-get install libreoffice-writer. Write a .docx instead."]);
                return 1;
            }

            var document = await StrategyDocumentComposer.ComposeAsync(db, org, parse.GetValue(version), languages, parse.GetValue(people), ct);
            if (document is null)
            {
                await Console.Error.WriteLineAsync(L["The organisation \"{0}\" has no version \"{1}\" of its strategy.", org.Slug, parse.GetValue(version) ?? ""]);
                return 1;
            }

            var docx = StrategyDocx.Build(document);
            var bytes = extension == ".pdf" ? await PdfConverter.ConvertAsync(docx, ct) : docx;
            await File.WriteAllBytesAsync(target.FullName, bytes, ct);
            Console.WriteLine(L["Wrote the strategy document ({0}, {1}) → {2}", string.Join("-", languages), document.VersionText[languages[0]], target.FullName]);
            return 0;
        }));
        return strategy;
    }
}
