using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DataStrategy.Core.Documents;
using DataStrategy.Data;
using DataStrategy.Data.Analysis;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Entities;
using DataStrategy.Data.Strategies;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Cli;

public static partial class Commands
{
    /// <summary>
    /// bench pdf: the demo's maturity report and public strategy document as PDF, by the path a request took before
    /// (compose, lay out, LibreOffice with a new profile, plain export) and by today's (LibreOffice with a kept profile,
    /// tagged export, once per version; then every reader gets the stored PDF: compose, hash, one database read).
    /// </summary>
    private static Command BenchPdfCommand()
    {
        var command = new Command("pdf", "Time the demo's PDFs (maturity report, public strategy): the earlier path against a conversion with a kept profile and a read of the stored PDF. Needs the demo (seed-demo) and LibreOffice.");
        var runs = new Option<int>("--runs") { Description = "Conversions per path and document (medians).", DefaultValueFactory = _ => 5 };
        var reads = new Option<int>("--reads") { Description = "Reads of the stored PDF per document.", DefaultValueFactory = _ => 20 };
        var language = new Option<string>("--language") { Description = "fr, nl or en.", DefaultValueFactory = _ => "fr" };
        command.Options.Add(runs);
        command.Options.Add(reads);
        command.Options.Add(language);
        command.SetAction(async (parse, ct) => await WithDatabaseAsync(async (services, db) =>
        {
            if (!PdfConverter.IsAvailable())
            {
                await Console.Error.WriteLineAsync("LibreOffice (soffice) is needed.");
                return 1;
            }

            var org = await EnterAsync(services, db, DemoSeeder.Slug, ct);
            if (org is null)
            {
                return 1;
            }

            var lang = parse.GetValue(language)!;
            var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync(ct);
            var version = await StrategyWorkspace.PublishedAsync(db) ?? throw new InvalidOperationException("The demo has no published strategy.");
            var documents = new (string Name, Func<Task<(string Subject, object Model, Func<byte[]> Docx)>> Compose)[]
            {
                ("maturity report", async () =>
                {
                    var report = (await MaturityReportComposer.ComposeAsync(db, campaign, lang, ct))!;
                    return ($"maturity/{campaign:N}/{lang}", report, () => MaturityReportDocx.Build(report));
                }),
                ("public strategy", async () =>
                {
                    var document = (await StrategyDocumentComposer.ComposeAsync(db, org, version.Number.ToString(CultureInfo.InvariantCulture), [lang], namePeople: false, ct))!;
                    return ($"public-strategy/{lang}", document, () => StrategyDocx.Build(document));
                }),
            };

            Console.WriteLine($"| Document | Path | Median | Runs (s) |");
            Console.WriteLine("| --- | --- | --- | --- |");
            foreach (var (name, compose) in documents)
            {
                async Task<double> TimeAsync(Func<Task> work)
                {
                    var watch = Stopwatch.StartNew();
                    await work();
                    return watch.Elapsed.TotalSeconds;
                }

                var before = new List<double>();
                var cold = new List<double>();
                var first = 0.0;
                byte[] pdf = [];
                for (var i = 0; i < parse.GetValue(runs); i++)
                {
                    // Alternated, so that the machine's load weighs on both paths alike.
                    before.Add(await TimeAsync(async () =>
                    {
                        var (_, _, docx) = await compose();
                        await PdfConverter.ConvertAsync(docx(), true, "pdf", ct);
                    }));
                    var seconds = await TimeAsync(async () =>
                    {
                        var (_, _, docx) = await compose();
                        pdf = await PdfConverter.ConvertAsync(docx(), ct);
                    });
                    if (i == 0)
                    {
                        first = seconds; // this process' first conversion makes the profile it then keeps
                    }
                    else
                    {
                        cold.Add(seconds);
                    }
                }

                // The stored PDF, as every reader after the first gets it: compose, hash, read the row.
                var (subject, model, _) = await compose();
                var key = DocumentKey.Of(subject, model);
                await db.RenderedPdfs.Where(r => r.Key == key).ExecuteDeleteAsync(ct);
                db.RenderedPdfs.Add(new RenderedPdf { Key = key, OrganisationId = org.Id, Subject = "bench/" + subject, Content = pdf, ClaimedAt = DateTimeOffset.UtcNow, RenderedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync(ct);
                var warm = new List<double>();
                for (var i = 0; i < parse.GetValue(reads); i++)
                {
                    warm.Add(await TimeAsync(async () =>
                    {
                        var (s, m, _) = await compose();
                        var k = DocumentKey.Of(s, m);
                        _ = await db.RenderedPdfs.AsNoTracking().Where(r => r.Key == k).Select(r => r.Content).SingleAsync(ct);
                    }));
                }

                await db.RenderedPdfs.Where(r => r.Key == key).ExecuteDeleteAsync(ct);
                static string Row(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));
                static double Median(List<double> values)
                {
                    var sorted = values.Order().ToList();
                    return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
                }

                var (b, c, w) = (Median(before), Median(cold), Median(warm));
                Console.WriteLine($"| {name} | before: compose + new profile + plain export | {b:0.00} s | {Row(before)} |");
                Console.WriteLine($"| {name} | cold: compose + kept profile + tagged export | {c:0.00} s ({b / c:0.0}× faster) | first {first:0.00}; {Row(cold)} |");
                Console.WriteLine($"| {name} | warm: compose + hash + stored PDF ({pdf.Length / 1024} KB) | {w * 1000:0} ms ({b / w:0}× faster) | {Row(warm.Take(10))} … |");
            }

            return 0;
        }));
        return command;
    }
}
