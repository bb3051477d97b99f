using System.Globalization;
using DataStrategy.Core.Documents.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace DataStrategy.Core.Documents;

/// <summary>
/// Lays a <see cref="MaturityReport"/> out as a Word document (DOCX): title page, summary, method,
/// a native radar chart with an accessible table of the same numbers, a heat map, findings,
/// priorities, per-theme detail and the framework as an appendix. All user text is written as
/// literal text (characters XML 1.0 cannot hold are dropped).
/// </summary>
public static class MaturityReportDocx
{
    public static byte[] Build(MaturityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DocxPackage.Build(package => new Writer(report, package).Write());
    }

    public static void Write(MaturityReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Build(report);
        output.Write(bytes, 0, bytes.Length);
    }

    private static CultureInfo CultureFor(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>The fill of a heat-map cell: a light-to-dark blue ramp over 1…levels.</summary>
    internal static string HeatFill(double score, int levels)
    {
        var t = levels <= 1 ? 1 : Math.Clamp((score - 1) / (levels - 1), 0, 1);
        // Three stops (ColorBrewer "Blues"): light, mid, dark.
        (int R, int G, int B) light = (0xDE, 0xEB, 0xF7), mid = (0x6B, 0xAE, 0xD6), dark = (0x08, 0x30, 0x6B);
        var (from, to, f) = t <= 0.5 ? (light, mid, t * 2) : (mid, dark, (t - 0.5) * 2);
        int Mix(int a, int b) => (int)Math.Round(a + ((b - a) * f));
        return string.Create(CultureInfo.InvariantCulture, $"{Mix(from.R, to.R):X2}{Mix(from.G, to.G):X2}{Mix(from.B, to.B):X2}");
    }

    /// <summary>A text cut at a word boundary to at most <paramref name="max"/> characters, ending in "…" when cut.</summary>
    internal static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '.') + "…";
    }

    private readonly record struct Cell(string Text, bool Center = false, string? Fill = null, string? Color = null, bool Bold = false);

    private sealed class Writer
    {
        private const string Accent = "1F3864";
        private const string Accent2 = "2E74B5";
        private const string Muted = DocxStyles.Muted;
        private const string HeaderFill = "1F3864";
        private const string BandFill = "F2F6FB";
        private const string ScoreColor = "1F4E79";
        private const string TargetColor = "C55A11";
        private const string PreviousColor = "7F7F7F";
        private const int BulletList = 1;
        private const int NumberedList = 2;

        private readonly MaturityReport report;
        private readonly WordprocessingDocument package;
        private readonly CultureInfo culture;
        private readonly string language;
        private readonly Body body = new();
        private uint drawingId;
        private MainDocumentPart main = null!;
        private DocxPages pages = null!;

        public Writer(MaturityReport report, WordprocessingDocument package)
        {
            this.report = report;
            this.package = package;
            culture = CultureFor(report.Language);
            language = string.IsNullOrWhiteSpace(report.Language) ? "en" : Clean(report.Language).Trim();
        }

        private int Levels => report.LevelNames.Count;

        /// <summary>A colon as the language writes it: French puts a non-breaking space before it.</summary>
        private string Colon => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "\u00A0: " : ": ";

        private string L(string key) => Clean(report.Label(key));

        private string TooFew => L(ReportLabels.TooFew);

        private string F1(double value) => value.ToString("0.0", culture);

        private string F1OrTooFew(double? value) => value is { } v ? F1(v) : TooFew;

        /// <summary>Many themes do not fit across a portrait page: the heat map then gets a landscape section of its own.</summary>
        private bool LandscapeHeatMap => report.HeatMap.Count > 0 && report.Themes.Count > 4;

        public void Write()
        {
            main = DocxPackage.AddMain(package, body);
            DocxPackage.SetProperties(package, Clean(report.Title), Clean(report.CampaignName), language, Clean(report.OrganisationName));
            AddStyles();
            DocxNumbering.Add(
                main,
                (BulletList, MultiLevelValues.SingleLevel, [DocxNumbering.Level(0, NumberFormatValues.Bullet, "•", Accent2)]),
                (NumberedList, MultiLevelValues.SingleLevel, [DocxNumbering.Level(0, NumberFormatValues.Decimal, "%1.", Accent2)]));
            DocxPackage.AddSettings(main, language);
            pages = new DocxPages(main, DocxText.Paragraph("Header", DocxText.Run(Clean(report.OrganisationName))), () => DocxText.Run(Clean(report.Title)), L(ReportLabels.Page));

            WriteTitlePage();
            WriteExecutiveSummary();
            WriteTextSection(ReportLabels.Method, report.Method, pageBreakBefore: true);
            WriteResults();
            WriteTopics();
            WriteHeatMap();
            WriteFindings(ReportLabels.Strengths, report.Strengths, pageBreakBefore: !LandscapeHeatMap);
            WriteFindings(ReportLabels.Opportunities, report.Opportunities, pageBreakBefore: false);
            WriteFindings(ReportLabels.Risks, report.Risks, pageBreakBefore: false);
            WritePriorities();
            WriteInventory();
            WriteRecommendations();
            WriteDetails();
            WriteAppendix();

            body.Append(pages.Section(landscape: false));
        }

        // ---------------------------------------------------------------- sections

        private void WriteTitlePage()
        {
            body.Append(DocxText.Spacer(before: "3600"));
            body.Append(Para("Title", Clean(report.Title)));
            body.Append(Para("Subtitle", Clean(report.OrganisationName)));
            body.Append(Para("TitleDetail", Clean(report.CampaignName)));
            body.Append(Para("TitleDetail", Clean(report.FrameworkName)));
            body.Append(Para("TitleDetail", Clean(report.DateText)));
        }

        /// <summary>Lines of text one page holds below the heading, at the body's size (A4, 2.5 cm margins, 11 pt).</summary>
        internal const int SummaryLineBudget = 38;

        /// <summary>Characters a body line holds, counted low so that a long word never overflows the estimate.</summary>
        private const int CharactersPerLine = 85;

        private static int LinesOf(string text) => Math.Max(1, (text.Length + CharactersPerLine - 1) / CharactersPerLine);

        /// <summary>
        /// The executive summary, on one page: the key sentences, then the main strengths, priorities and recommendations
        /// (at most three each), each item shortened and the lists cut where the page would overflow. The full lists follow.
        /// </summary>
        private void WriteExecutiveSummary()
        {
            body.Append(Heading(1, L(ReportLabels.ExecutiveSummary), pageBreakBefore: true));
            var budget = SummaryLineBudget;
            var sentences = report.Summary.Select(t => Shorten(Clean(t), 320)).ToList();
            if (sentences.Count == 0)
            {
                sentences.Add(L(ReportLabels.None));
            }

            foreach (var text in sentences)
            {
                var lines = LinesOf(text) + 1;
                if (budget - lines < 12)
                {
                    break;
                }

                body.Append(Para(null, text));
                budget -= lines;
            }

            var priorities = report.Priorities.Where(p => p.HasTarget && p.Score > 0).Take(3)
                .Select(p => $"{Clean(p.Theme)} — {L(ReportLabels.Gap)} {F1(p.Gap)}").ToList();
            var lists = new (string Heading, List<string> Items)[]
            {
                (L("KeyStrengths"), report.Strengths.Take(3).Select(f => Clean(f.Text)).ToList()),
                (L("KeyPriorities"), priorities),
                (L("KeyRecommendations"), report.Recommendations.Take(3).Select(r => Clean(r.Text)).ToList()),
            };
            foreach (var (heading, items) in lists)
            {
                if (items.Count == 0 || budget < 5)
                {
                    continue;
                }

                body.Append(Heading(2, heading, pageBreakBefore: false));
                budget -= 2;
                foreach (var item in items.Select(i => Shorten(i, 170)))
                {
                    var lines = LinesOf(item);
                    if (budget - lines < 2)
                    {
                        break;
                    }

                    body.Append(DocxText.ListItem("ListParagraph", BulletList, 0, DocxText.Run(item)));
                    budget -= lines;
                }
            }

            body.Append(Para("Caption", L("MoreInReport")));
        }

        private void WriteTopics()
        {
            if (report.Topics.Count == 0)
            {
                return;
            }

            body.Append(Heading(2, L(ReportLabels.Topics), pageBreakBefore: false));
            body.Append(Para(null, L("TopicsIntro")));
            var themeCount = report.Themes.Count;
            var header = new List<string> { L(ReportLabels.Topic), L("AllThemes") };
            header.AddRange(report.Themes.Select(t => Clean(t.Name)));
            var weights = new List<int> { 26, 10 };
            weights.AddRange(Enumerable.Repeat(Math.Max(6, 64 / Math.Max(themeCount, 1)), themeCount));
            var rows = report.Topics.Select(row =>
            {
                var cells = new List<Cell> { new(Clean(row.Topic), Bold: true), ScoreCell(row.Score, 1) };
                for (var i = 0; i < themeCount; i++)
                {
                    cells.Add(i < row.Cells.Count ? ScoreCell(row.Cells[i].Score, row.Cells[i].Questions) : new("–", Center: true, Color: Muted));
                }

                return (IReadOnlyList<Cell>)cells;
            });
            body.Append(CreateTable(L(ReportLabels.Topics), weights, header, rows, small: true, banded: false));
        }

        /// <summary>A shaded score cell; a dash when no question falls in it, "too few answers" when its score is suppressed.</summary>
        private Cell ScoreCell(double? score, int questions)
        {
            if (questions == 0)
            {
                return new("–", Center: true, Color: Muted);
            }

            if (score is not { } s)
            {
                return new(TooFew, Center: true, Color: Muted);
            }

            var fill = HeatFill(s, Levels);
            return new(F1(s), Center: true, Fill: fill, Color: DocxColors.TextColorOn(fill));
        }

        private void WriteRecommendations()
        {
            body.Append(Heading(1, L(ReportLabels.Recommendations), pageBreakBefore: true));
            if (report.Recommendations.Count == 0)
            {
                body.Append(Para(null, L("Recommendation.None")));
                return;
            }

            var number = 0;
            foreach (var recommendation in report.Recommendations)
            {
                number++;
                body.Append(Heading(2, $"{number.ToString(culture)}. {Clean(recommendation.Theme)}", pageBreakBefore: false));
                body.Append(Para(null, Clean(recommendation.Text)));
                if (recommendation.Findings.Count > 0)
                {
                    body.Append(Heading(3, L("Recommendation.Findings"), pageBreakBefore: false));
                    foreach (var finding in recommendation.Findings)
                    {
                        body.Append(DocxText.ListItem("ListParagraph", BulletList, 0, DocxText.Run(Clean(finding))));
                    }
                }

                body.Append(Heading(3, L("Recommendation.Initiatives"), pageBreakBefore: false));
                if (recommendation.Initiatives.Count == 0)
                {
                    body.Append(Para(null, L("Recommendation.NoInitiative")));
                }

                foreach (var initiative in recommendation.Initiatives)
                {
                    body.Append(DocxText.ListItem("ListParagraph", BulletList, 0, DocxText.Run(Clean(initiative))));
                }
            }
        }

        private void WriteTextSection(string labelKey, IReadOnlyList<string> paragraphs, bool pageBreakBefore)
        {
            body.Append(Heading(1, L(labelKey), pageBreakBefore));
            if (paragraphs.Count == 0)
            {
                body.Append(Para(null, L(ReportLabels.None)));
            }

            foreach (var text in paragraphs)
            {
                body.Append(Para(null, Clean(text)));
            }
        }

        private void WriteResults()
        {
            body.Append(Heading(1, L(ReportLabels.Results), pageBreakBefore: true));
            if (report.Themes.Count == 0)
            {
                body.Append(Para(null, L(ReportLabels.None)));
                return;
            }

            var chartPart = main.AddNewPart<ChartPart>();
            chartPart.ChartSpace = BuildChart();
            var relationshipId = main.GetIdOfPart(chartPart);
            body.Append(new Paragraph(
                new ParagraphProperties { KeepNext = new KeepNext(), Justification = new Justification { Val = JustificationValues.Center }, SpacingBetweenLines = new SpacingBetweenLines { After = "0" } },
                new Run(ChartDrawing(relationshipId, ChartAltText()))));
            body.Append(Para("Caption", L(ReportLabels.ThemeScores)));

            var previous = report.HasPrevious;
            var header = new List<string> { L(ReportLabels.Theme), L(ReportLabels.Score), L(ReportLabels.Interval), L(ReportLabels.Target) };
            var weights = new List<int> { 28, 10, 16, 10 };
            if (previous)
            {
                header.Add(L(ReportLabels.Previous));
                weights.Add(13);
            }

            header.Add(L(ReportLabels.Respondents));
            weights.Add(15);

            var rows = report.Themes.Select(t =>
            {
                var cells = new List<Cell>
                {
                    new(Clean(t.Name)),
                    new(F1OrTooFew(t.Score), Center: true),
                    new(Interval(t), Center: true),
                    new(t.Target is { } target ? target.ToString(culture) : "–", Center: true),
                };
                if (previous)
                {
                    cells.Add(new(F1OrTooFew(t.Previous), Center: true));
                }

                cells.Add(new(t.Respondents.ToString(culture), Center: true));
                return (IReadOnlyList<Cell>)cells;
            });
            body.Append(CreateTable(L(ReportLabels.ThemeScores), weights, header, rows));
        }

        private string Interval(ReportTheme theme) =>
            theme.CiLow is { } low && theme.CiHigh is { } high ? $"{F1(low)}–{F1(high)}" : TooFew;

        private string ChartAltText()
        {
            var parts = report.Themes.Select(t =>
            {
                var text = $"{Clean(t.Name)}{Colon}{L(ReportLabels.Score)} {F1OrTooFew(t.Score)}";
                if (t.Target is { } target)
                {
                    text += $", {L(ReportLabels.Target)} {target.ToString(culture)}";
                }

                if (t.Previous is { } previous)
                {
                    text += $", {L(ReportLabels.Previous)} {F1(previous)}";
                }

                return text;
            });
            var levels = Levels > 0 ? $" (0–{Levels.ToString(culture)})" : string.Empty;
            return $"{L(ReportLabels.ThemeScores)}{levels}. {string.Join("; ", parts)}.";
        }

        private void WriteHeatMap()
        {
            if (report.HeatMap.Count == 0)
            {
                return;
            }

            var landscape = LandscapeHeatMap;
            var width = DocxPages.TextWidth;
            if (landscape)
            {
                // End the portrait section before the heat map; the heat map section ends landscape.
                body.Append(pages.SectionBreak(landscape: false));
                width = DocxPages.LandscapeTextWidth;
            }

            body.Append(Heading(1, L(ReportLabels.HeatMap), pageBreakBefore: !landscape));
            var themeCount = report.Themes.Count;
            var header = new List<string> { L(ReportLabels.Department) };
            header.AddRange(report.Themes.Select(t => Clean(t.Name)));
            var weights = new List<int> { 18 };
            weights.AddRange(Enumerable.Repeat(10, themeCount));

            var rows = report.HeatMap.Select(row =>
            {
                var cells = new List<Cell> { new(Clean(row.Department), Bold: true) };
                for (var i = 0; i < themeCount; i++)
                {
                    var score = i < row.Scores.Count ? row.Scores[i] : null;
                    if (score is { } s)
                    {
                        var fill = HeatFill(s, Levels);
                        cells.Add(new(F1(s), Center: true, Fill: fill, Color: DocxColors.TextColorOn(fill)));
                    }
                    else
                    {
                        cells.Add(new(TooFew, Center: true, Color: Muted));
                    }
                }

                return (IReadOnlyList<Cell>)cells;
            });
            body.Append(CreateTable(L(ReportLabels.HeatMap), weights, header, rows, small: true, banded: false, width: width));

            if (Levels > 1)
            {
                // Legend: one shaded cell per level.
                var legend = Enumerable.Range(1, Levels).Select(level =>
                {
                    var fill = HeatFill(level, Levels);
                    return new Cell($"{level.ToString(culture)} · {Clean(report.LevelNames[level - 1])}", Center: true, Fill: fill, Color: DocxColors.TextColorOn(fill));
                }).ToList();
                body.Append(Para("Caption", L(ReportLabels.Levels)));
                body.Append(CreateTable(L(ReportLabels.Levels), Enumerable.Repeat(1, Levels).ToList(), null, [legend], small: true, banded: false, width: width));
            }

            if (landscape)
            {
                body.Append(pages.SectionBreak(landscape: true));
            }
        }

        private void WriteFindings(string labelKey, IReadOnlyList<ReportFinding> findings, bool pageBreakBefore)
        {
            body.Append(Heading(1, L(labelKey), pageBreakBefore));
            if (findings.Count == 0)
            {
                body.Append(Para(null, L(ReportLabels.None)));
                return;
            }

            foreach (var finding in findings)
            {
                var paragraph = DocxText.ListItem("ListParagraph", BulletList, 0, DocxText.Run(Clean(finding.Text)));
                var themes = finding.Themes.Select(Clean).Where(t => t.Length > 0).ToList();
                if (themes.Count > 0)
                {
                    paragraph.Append(DocxText.Run(" — " + string.Join(", ", themes), DocxText.Format(italic: true, color: Muted)));
                }

                body.Append(paragraph);
            }
        }

        private void WritePriorities()
        {
            body.Append(Heading(1, L(ReportLabels.Priorities), pageBreakBefore: false));
            if (report.Priorities.Count == 0)
            {
                body.Append(Para(null, L(ReportLabels.None)));
                return;
            }

            string[] header = [L(ReportLabels.Rank), L(ReportLabels.Theme), L(ReportLabels.Gap), L(ReportLabels.Importance), L(ReportLabels.PriorityScore), L(ReportLabels.Reasoning)];
            var noTarget = L(ReportLabels.NoTarget);
            var rows = report.Priorities.Select(p => (IReadOnlyList<Cell>)
            [
                new(p.HasTarget ? p.Rank.ToString(culture) : "–", Center: true),
                new(Clean(p.Theme)),
                p.HasTarget ? new(F1(p.Gap), Center: true) : new(noTarget, Center: true, Color: Muted),
                new(F1(p.Importance), Center: true),
                p.HasTarget ? new(F1(p.Score), Center: true) : new("–", Center: true, Color: Muted),
                new(Clean(p.Reasoning)),
            ]);
            body.Append(CreateTable(L(ReportLabels.Priorities), [7, 18, 12, 15, 14, 34], header, rows));
            if (report.Priorities.Any(p => !p.HasTarget))
            {
                body.Append(Para("Caption", L("NoTargetNote")));
            }
        }

        private void WriteInventory()
        {
            if (report.Inventory.Count == 0)
            {
                return;
            }

            body.Append(Heading(1, L(ReportLabels.Inventory), pageBreakBefore: false));
            foreach (var text in report.Inventory)
            {
                body.Append(Para(null, Clean(text)));
            }

            if (report.InventoryRows.Count > 0)
            {
                var rows = report.InventoryRows.Select(r => (IReadOnlyList<Cell>)[new(Clean(r.Label)), new(Clean(r.Value), Center: true)]);
                body.Append(CreateTable(L(ReportLabels.Inventory), [60, 40], [L(ReportLabels.Indicator), L(ReportLabels.Value)], rows));
            }
        }

        private void WriteDetails()
        {
            body.Append(Heading(1, L(ReportLabels.ThemeDetail), pageBreakBefore: true));
            if (report.Details.Count == 0)
            {
                body.Append(Para(null, L(ReportLabels.None)));
                return;
            }

            var levelNumbers = string.Join(" / ", Enumerable.Range(1, Math.Max(Levels, 1)).Select(i => i.ToString(culture)));
            string[] header =
            [
                L(ReportLabels.Question),
                L(ReportLabels.Score),
                $"{Extra("Distribution")} ({levelNumbers})",
                Extra("DontKnow"),
            ];
            foreach (var detail in report.Details)
            {
                body.Append(Heading(2, Clean(detail.Name), pageBreakBefore: false));
                if (!string.IsNullOrWhiteSpace(detail.Description))
                {
                    body.Append(Para(null, Clean(detail.Description)));
                }

                if (detail.Questions.Count > 0)
                {
                    var rows = detail.Questions.Select(q => (IReadOnlyList<Cell>)
                    [
                        new(Clean(q.Text)),
                        new(F1OrTooFew(q.Score), Center: true),
                        new(q.Distribution.Count == 0 ? "–" : string.Join(" / ", q.Distribution.Select(n => n.ToString(culture))), Center: true),
                        new(q.DontKnowShare is { } share ? share.ToString("P0", culture) : "–", Center: true),
                    ]);
                    body.Append(CreateTable(Clean(detail.Name), [54, 9, 23, 14], header, rows));
                }

                if (detail.Quotes.Count > 0)
                {
                    body.Append(Heading(3, L(ReportLabels.Quotes), pageBreakBefore: false));
                    foreach (var quote in detail.Quotes)
                    {
                        // A quote keeps the language it was said in: tagged when that is not the document's, for spelling and screen readers.
                        var other = quote.Language is { Length: > 0 } spoken && !string.Equals(spoken, language, StringComparison.OrdinalIgnoreCase) ? Clean(spoken) : null;
                        body.Append(DocxText.Paragraph("Quote", DocxText.Run(Clean(quote.Text), DocxText.Format(language: other))));
                    }
                }
            }
        }

        private void WriteAppendix()
        {
            body.Append(Heading(1, L(ReportLabels.Appendix), pageBreakBefore: true));
            body.Append(Heading(2, L(ReportLabels.Levels), pageBreakBefore: false));
            if (report.LevelNames.Count == 0)
            {
                body.Append(Para(null, L(ReportLabels.None)));
            }

            foreach (var level in report.LevelNames)
            {
                body.Append(DocxText.ListItem("ListParagraph", NumberedList, 0, DocxText.Run(Clean(level))));
            }

            foreach (var theme in report.Appendix)
            {
                body.Append(Heading(2, Clean(theme.Name), pageBreakBefore: false));
                foreach (var question in theme.Questions)
                {
                    body.Append(new Paragraph(
                        new ParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "160", After = "60" } },
                        DocxText.Run(Clean(question.Id), DocxText.Format(bold: true, color: Accent2)),
                        DocxText.Run("  " + Clean(question.Text), DocxText.Format(bold: true))));
                    for (var i = 0; i < question.Descriptors.Count; i++)
                    {
                        var levelName = i < report.LevelNames.Count ? $" · {Clean(report.LevelNames[i])}" : string.Empty;
                        body.Append(DocxText.Paragraph(
                            "Descriptor",
                            DocxText.Run($"{(i + 1).ToString(culture)}{levelName}{Colon}", DocxText.Format(bold: true)),
                            DocxText.Run(Clean(question.Descriptors[i]))));
                    }
                }
            }
        }

        /// <summary>Labels the report model has no key for: taken from <see cref="MaturityReport.Labels"/> when present, else a built-in translation.</summary>
        private string Extra(string key)
        {
            if (report.Labels.TryGetValue(key, out var text))
            {
                return Clean(text);
            }

            var lang = language.Length >= 2 ? language[..2] : language;
            return (key, lang) switch
            {
                ("Distribution", "fr") => "Répartition",
                ("Distribution", "nl") => "Verdeling",
                ("Distribution", _) => "Distribution",
                ("DontKnow", "fr") => "Ne sait pas",
                ("DontKnow", "nl") => "Weet niet",
                ("DontKnow", _) => "Don't know",
                _ => key,
            };
        }

        // ---------------------------------------------------------------- building blocks

        private static string Clean(string? text) => DocxText.Clean(text);

        private static Paragraph Para(string? style, string text) => DocxText.Paragraph(style, DocxText.Run(text));

        private static Paragraph Heading(int level, string text, bool pageBreakBefore) => new(DocxText.HeadingProperties(level, pageBreakBefore), DocxText.Run(text));

        /// <summary>A captioned table: a repeated header row in the dark accent, then rows banded in light blue unless told otherwise.</summary>
        private static Table CreateTable(string caption, IReadOnlyList<int> weights, IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<Cell>> rows, bool small = false, bool banded = true, int width = DocxPages.TextWidth)
        {
            var widths = DocxTable.ColumnWidths(width, weights);
            var table = DocxTable.Create(widths, width, verticalMargin: 40, horizontalMargin: 80, caption);
            var style = small ? "TableTextSmall" : "TableText";
            if (header is not null)
            {
                var headerRow = DocxTable.Row(header: true);
                for (var i = 0; i < header.Count; i++)
                {
                    headerRow.Append(CreateCell(widths[i], new Cell(header[i], Center: i > 0, Fill: HeaderFill, Color: DocxColors.White, Bold: true), style));
                }

                table.Append(headerRow);
            }

            var index = 0;
            foreach (var row in rows)
            {
                var tableRow = DocxTable.Row();
                for (var i = 0; i < row.Count && i < widths.Length; i++)
                {
                    var cell = row[i];
                    if (banded && cell.Fill is null && index % 2 == 1)
                    {
                        cell = cell with { Fill = BandFill };
                    }

                    tableRow.Append(CreateCell(widths[i], cell, style));
                }

                table.Append(tableRow);
                index++;
            }

            return table;
        }

        private static TableCell CreateCell(int width, Cell cell, string style)
        {
            var paragraph = DocxText.Paragraph(style, DocxText.Run(cell.Text, DocxText.Format(bold: cell.Bold, color: cell.Color)));
            if (cell.Center)
            {
                paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Center };
            }

            return DocxTable.Cell(width, [paragraph], cell.Fill, TableVerticalAlignmentValues.Center);
        }

        // ---------------------------------------------------------------- chart

        private Drawing ChartDrawing(string relationshipId, string description)
        {
            drawingId++;
            return DocxDrawing.Inline(
                drawingId,
                16 * DocxDrawing.EmuPerCentimetre,
                11 * DocxDrawing.EmuPerCentimetre,
                new DW.DocProperties
                {
                    Id = drawingId,
                    Name = "Chart " + drawingId.ToString(CultureInfo.InvariantCulture),
                    Title = L(ReportLabels.ThemeScores),
                    Description = description,
                },
                new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" });
        }

        private C.ChartSpace BuildChart()
        {
            const uint categoryAxisId = 50010001;
            const uint valueAxisId = 50010002;
            var themes = report.Themes;
            var names = themes.Select(t => Clean(t.Name)).ToList();
            var max = Levels > 0 ? Levels : Math.Max(5, (int)Math.Ceiling(themes.Max(t => Math.Max(t.Score ?? 0, Math.Max(t.Target ?? 0, t.Previous ?? 0)))));

            var radar = new C.RadarChart(new C.RadarStyle { Val = C.RadarStyleValues.Marker }, new C.VaryColors { Val = false });
            var series = new List<(string Name, IReadOnlyList<double?> Values, string Color, A.PresetLineDashValues Dash)>
            {
                (L(ReportLabels.Score), themes.Select(t => t.Score).ToList(), ScoreColor, A.PresetLineDashValues.Solid),
                (L(ReportLabels.Target), themes.Select(t => t.Target is { } v ? (double?)v : null).ToList(), TargetColor, A.PresetLineDashValues.Dash),
            };
            if (report.HasPrevious)
            {
                series.Add((L(ReportLabels.Previous), themes.Select(t => t.Previous).ToList(), PreviousColor, A.PresetLineDashValues.SystemDot));
            }

            var lastRow = (names.Count + 1).ToString(CultureInfo.InvariantCulture);
            for (var s = 0; s < series.Count; s++)
            {
                var (name, values, color, dash) = series[s];
                var column = ((char)('B' + s)).ToString();
                var numbers = new C.NumberingCache(new C.FormatCode("0.0"), new C.PointCount { Val = (uint)values.Count });
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i] is { } v)
                    {
                        numbers.Append(new C.NumericPoint(new C.NumericValue(v.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
                    }
                }

                radar.Append(new C.RadarChartSeries(
                    new C.Index { Val = (uint)s },
                    new C.Order { Val = (uint)s },
                    new C.SeriesText(new C.StringReference(new C.Formula($"Sheet1!${column}$1"), StringCache([name]))),
                    new C.ChartShapeProperties(Line(color, s == 0 ? 31750 : 22225, dash)),
                    new C.Marker(
                        new C.Symbol { Val = s == 0 ? C.MarkerStyleValues.Circle : C.MarkerStyleValues.None },
                        new C.Size { Val = 6 },
                        new C.ChartShapeProperties(new A.SolidFill(Rgb(color)), Line(color, 9525, A.PresetLineDashValues.Solid))),
                    new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${lastRow}"), StringCache(names))),
                    new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${lastRow}"), numbers))));
            }

            radar.Append(new C.AxisId { Val = categoryAxisId }, new C.AxisId { Val = valueAxisId });

            var categoryAxis = new C.CategoryAxis(
                new C.AxisId { Val = categoryAxisId },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.MajorGridlines(new C.ChartShapeProperties(Line("D9D9D9", 6350, A.PresetLineDashValues.Solid))),
                new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.ChartShapeProperties(Line("D9D9D9", 6350, A.PresetLineDashValues.Solid)),
                TextProperties(900, "262626", bold: true),
                new C.CrossingAxis { Val = valueAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false });

            var valueAxis = new C.ValueAxis(
                new C.AxisId { Val = valueAxisId },
                new C.Scaling(
                    new C.Orientation { Val = C.OrientationValues.MinMax },
                    new C.MaxAxisValue { Val = max },
                    new C.MinAxisValue { Val = 0 }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(new C.ChartShapeProperties(Line("D9D9D9", 6350, A.PresetLineDashValues.Solid))),
                new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Cross },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.ChartShapeProperties(Line("BFBFBF", 6350, A.PresetLineDashValues.Solid)),
                TextProperties(800, "595959", bold: false),
                new C.CrossingAxis { Val = categoryAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                new C.MajorUnit { Val = 1 });

            var chart = new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(new C.Layout(), radar, categoryAxis, valueAxis),
                new C.Legend(
                    new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
                    new C.Overlay { Val = false },
                    TextProperties(900, "262626", bold: false)),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

            var space = new C.ChartSpace(
                new C.Date1904 { Val = false },
                new C.EditingLanguage { Val = language },
                new C.RoundedCorners { Val = false },
                chart,
                new C.ChartShapeProperties(new A.SolidFill(Rgb("FFFFFF")), new A.Outline(new A.NoFill())),
                TextProperties(900, "262626", bold: false));
            space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
            space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
            space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            return space;
        }

        private static C.StringCache StringCache(List<string> values)
        {
            var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
            for (var i = 0; i < values.Count; i++)
            {
                cache.Append(new C.StringPoint(new C.NumericValue(values[i])) { Index = (uint)i });
            }

            return cache;
        }

        private static A.RgbColorModelHex Rgb(string hex) => new() { Val = hex };

        private static A.Outline Line(string color, int width, A.PresetLineDashValues dash) =>
            new(new A.SolidFill(Rgb(color)), new A.PresetDash { Val = dash }) { Width = width };

        private C.TextProperties TextProperties(int size, string color, bool bold) =>
            new(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties(new A.SolidFill(Rgb(color)), new A.LatinFont { Typeface = "Calibri" }) { FontSize = size, Bold = bold }),
                    new A.EndParagraphRunProperties { Language = language }));

        // ---------------------------------------------------------------- styles

        private void AddStyles()
        {
            var title = DocxStyles.Title(Accent, ruleColor: Accent2, after: 360);
            title.StyleParagraphProperties!.ContextualSpacing = new ContextualSpacing();
            title.StyleRunProperties!.Kern = new Kern { Val = 28 };
            DocxStyles.Add(
                main,
                language,
                [
                    DocxStyles.Normal(),
                    title,
                    DocxStyles.Paragraph("Subtitle", "Subtitle", "Normal", DocxStyles.Spacing(after: 240), DocxStyles.Run(Accent2, 32)),
                    DocxStyles.Paragraph("TitleDetail", "Title detail", "Normal", DocxStyles.Spacing(after: 80), DocxStyles.Run(Muted, 26)),
                    DocxStyles.Heading(1, 32, Accent, before: 240, after: 160),
                    DocxStyles.Heading(2, 26, Accent2, before: 280, after: 100),
                    DocxStyles.Heading(3, 22, Accent, before: 200, after: 80),
                    DocxStyles.Paragraph("Caption", "caption", "Normal", DocxStyles.Spacing(before: 60, after: 200), DocxStyles.Run(Muted, 18, italic: true)),
                    DocxStyles.Paragraph(
                        "Quote",
                        "Quote",
                        "Normal",
                        new StyleParagraphProperties
                        {
                            ParagraphBorders = new ParagraphBorders { LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Accent2 } },
                            SpacingBetweenLines = DocxStyles.Lines(before: 60, after: 120),
                            Indentation = new Indentation { Left = "567", Right = "567" },
                        },
                        DocxStyles.Run("404040", null, italic: true)),
                    DocxStyles.Paragraph(
                        "ListParagraph",
                        "List Paragraph",
                        "Normal",
                        new StyleParagraphProperties { SpacingBetweenLines = DocxStyles.Lines(after: 80), Indentation = new Indentation { Left = "425" } },
                        null),
                    DocxStyles.Paragraph(
                        "Descriptor",
                        "Level descriptor",
                        "Normal",
                        new StyleParagraphProperties { SpacingBetweenLines = DocxStyles.Lines(after: 40), Indentation = new Indentation { Left = "425" } },
                        DocxStyles.Run(null, 19)),
                    DocxStyles.Paragraph("TableText", "Table text", "Normal", DocxStyles.Spacing(after: 0, line: 240), DocxStyles.Run(null, 18)),
                    DocxStyles.Paragraph("TableTextSmall", "Table text small", "TableText", null, DocxStyles.Run(null, 16)),
                    .. DocxStyles.PageHeaderAndFooter(),
                ]);
        }
    }
}
