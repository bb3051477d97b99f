using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents;

/// <summary>
/// Lays a <see cref="MaturityReport"/> out as a Word document (DOCX): title page, summary, method,
/// a native radar chart with an accessible table of the same numbers, a heat map, findings,
/// priorities, per-theme detail and the framework as an appendix. All user text is written as
/// literal text (characters XML 1.0 cannot hold are dropped).
/// </summary>
public static class MaturityReportDocx
{
    public const string ApplicationName = "Data Strategy Studio";

    public static byte[] Build(MaturityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            new Writer(report, document).Write();
        }

        return stream.ToArray();
    }

    public static void Write(MaturityReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Build(report);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) and normalises line breaks to "\n".</summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '\t' or '\n' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    internal static CultureInfo CultureFor(string? language)
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

    /// <summary>Black or white, whichever contrasts more with the fill (always at least 4.5:1, WCAG AA).</summary>
    internal static string TextColorOn(string fill)
    {
        var luminance = RelativeLuminance(fill);
        var onBlack = (luminance + 0.05) / 0.05;
        var onWhite = 1.05 / (luminance + 0.05);
        return onBlack >= onWhite ? "000000" : "FFFFFF";
    }

    internal static double ContrastRatio(string a, string b)
    {
        var la = RelativeLuminance(a);
        var lb = RelativeLuminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    private readonly record struct Cell(string Text, bool Center = false, string? Fill = null, string? Color = null, bool Bold = false);

    private sealed class Writer
    {
        // A4 portrait, 2.2 cm side margins, 2.5 cm top/bottom.
        private const int PageWidth = 11906;
        private const int PageHeight = 16838;
        private const int SideMargin = 1247;
        private const int VerticalMargin = 1418;
        private const int TextWidth = PageWidth - (2 * SideMargin);
        private const int LandscapeTextWidth = PageHeight - (2 * VerticalMargin);
        private const string Accent = "1F3864";
        private const string Accent2 = "2E74B5";
        private const string Muted = "595959";
        private const string Border = "BFBFBF";
        private const string HeaderFill = "1F3864";
        private const string BandFill = "F2F6FB";
        private const string ScoreColor = "1F4E79";
        private const string TargetColor = "C55A11";
        private const string PreviousColor = "7F7F7F";
        private const int BulletList = 1;
        private const int NumberedList = 2;

        private readonly MaturityReport report;
        private readonly WordprocessingDocument document;
        private readonly CultureInfo culture;
        private readonly string language;
        private readonly Body body = new();
        private uint drawingId;
        private MainDocumentPart main = null!;
        private string headerId = string.Empty;
        private string footerId = string.Empty;
        private string landscapeFooterId = string.Empty;
        private string firstHeaderId = string.Empty;
        private string firstFooterId = string.Empty;
        private bool firstSection = true;

        public Writer(MaturityReport report, WordprocessingDocument document)
        {
            this.report = report;
            this.document = document;
            culture = CultureFor(report.Language);
            language = string.IsNullOrWhiteSpace(report.Language) ? "en" : Clean(report.Language).Trim();
        }

        private int Levels => report.LevelNames.Count;

        private string L(string key) => Clean(report.Label(key));

        private string TooFew => L(ReportLabels.TooFew);

        private string F1(double value) => value.ToString("0.0", culture);

        private string F1OrTooFew(double? value) => value is { } v ? F1(v) : TooFew;

        /// <summary>Many themes do not fit across a portrait page: the heat map then gets a landscape section of its own.</summary>
        private bool LandscapeHeatMap => report.HeatMap.Count > 0 && report.Themes.Count > 4;

        public void Write()
        {
            main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            AddPackageProperties();
            AddStyles(main);
            AddNumbering(main);
            AddSettings(main);
            AddHeadersAndFooters();

            WriteTitlePage();
            WriteTextSection(ReportLabels.Summary, report.Summary, pageBreakBefore: true);
            WriteTextSection(ReportLabels.Method, report.Method, pageBreakBefore: false);
            WriteResults(main);
            WriteHeatMap();
            WriteFindings(ReportLabels.Strengths, report.Strengths, pageBreakBefore: !LandscapeHeatMap);
            WriteFindings(ReportLabels.Opportunities, report.Opportunities, pageBreakBefore: false);
            WriteFindings(ReportLabels.Risks, report.Risks, pageBreakBefore: false);
            WritePriorities();
            WriteDetails();
            WriteAppendix();

            body.Append(CreateSectionProperties(landscape: false));
            main.Document.Save();
        }

        private void AddPackageProperties()
        {
            var properties = document.PackageProperties;
            properties.Title = Clean(report.Title);
            properties.Creator = ApplicationName;
            properties.Subject = Clean(report.CampaignName);
            properties.Language = language;
            properties.Created = DateTime.UtcNow;
            properties.Modified = properties.Created;

            var extended = document.AddExtendedFilePropertiesPart();
            extended.Properties = new Ap.Properties(
                new Ap.Company(Clean(report.OrganisationName)),
                new Ap.Application(ApplicationName));
        }

        // ---------------------------------------------------------------- sections

        private void WriteTitlePage()
        {
            body.Append(new Paragraph(
                new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "3600", After = "0" } }));
            body.Append(Para("Title", Clean(report.Title)));
            body.Append(Para("Subtitle", Clean(report.OrganisationName)));
            body.Append(Para("TitleDetail", Clean(report.CampaignName)));
            body.Append(Para("TitleDetail", Clean(report.FrameworkName)));
            body.Append(Para("TitleDetail", Clean(report.DateText)));
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

        private void WriteResults(MainDocumentPart main)
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
                var text = $"{Clean(t.Name)}: {L(ReportLabels.Score)} {F1OrTooFew(t.Score)}";
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
            var width = TextWidth;
            if (landscape)
            {
                // End the portrait section before the heat map; the heat map section ends landscape.
                body.Append(new Paragraph(new ParagraphProperties { SectionProperties = CreateSectionProperties(landscape: false) }));
                width = LandscapeTextWidth;
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
                        cells.Add(new(F1(s), Center: true, Fill: fill, Color: TextColorOn(fill)));
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
                    return new Cell($"{level.ToString(culture)} · {Clean(report.LevelNames[level - 1])}", Center: true, Fill: fill, Color: TextColorOn(fill));
                }).ToList();
                body.Append(Para("Caption", L(ReportLabels.Levels)));
                body.Append(CreateTable(L(ReportLabels.Levels), Enumerable.Repeat(1, Levels).ToList(), null, [legend], small: true, banded: false, width: width));
            }

            if (landscape)
            {
                body.Append(new Paragraph(new ParagraphProperties { SectionProperties = CreateSectionProperties(landscape: true) }));
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
                var paragraph = new Paragraph(
                    ListProperties(BulletList),
                    TextRun(Clean(finding.Text)));
                var themes = finding.Themes.Select(Clean).Where(t => t.Length > 0).ToList();
                if (themes.Count > 0)
                {
                    paragraph.Append(TextRun(" — " + string.Join(", ", themes), new RunProperties { Italic = new Italic(), Color = new Color { Val = Muted } }));
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
            var rows = report.Priorities.Select(p => (IReadOnlyList<Cell>)
            [
                new(p.Rank.ToString(culture), Center: true),
                new(Clean(p.Theme)),
                new(F1(p.Gap), Center: true),
                new(F1(p.Importance), Center: true),
                new(F1(p.Score), Center: true),
                new(Clean(p.Reasoning)),
            ]);
            body.Append(CreateTable(L(ReportLabels.Priorities), [8, 19, 9, 15, 15, 34], header, rows));
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
                        body.Append(Para("Quote", Clean(quote)));
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
                body.Append(new Paragraph(ListProperties(NumberedList), TextRun(Clean(level))));
            }

            foreach (var theme in report.Appendix)
            {
                body.Append(Heading(2, Clean(theme.Name), pageBreakBefore: false));
                foreach (var question in theme.Questions)
                {
                    body.Append(new Paragraph(
                        new ParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "160", After = "60" } },
                        TextRun(Clean(question.Id), new RunProperties { Bold = new Bold(), Color = new Color { Val = Accent2 } }),
                        TextRun("  " + Clean(question.Text), new RunProperties { Bold = new Bold() })));
                    for (var i = 0; i < question.Descriptors.Count; i++)
                    {
                        var levelName = i < report.LevelNames.Count ? $" · {Clean(report.LevelNames[i])}" : string.Empty;
                        body.Append(new Paragraph(
                            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Descriptor" } },
                            TextRun($"{(i + 1).ToString(culture)}{levelName}: ", new RunProperties { Bold = new Bold() }),
                            TextRun(Clean(question.Descriptors[i]))));
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

        private static Run TextRun(string text, RunProperties? properties = null)
        {
            var run = new Run();
            if (properties is not null)
            {
                run.Append(properties);
            }

            var lines = text.Split('\n');
            for (var line = 0; line < lines.Length; line++)
            {
                if (line > 0)
                {
                    run.Append(new Break());
                }

                var pieces = lines[line].Split('\t');
                for (var piece = 0; piece < pieces.Length; piece++)
                {
                    if (piece > 0)
                    {
                        run.Append(new TabChar());
                    }

                    if (pieces[piece].Length > 0)
                    {
                        run.Append(new W.Text(pieces[piece]) { Space = SpaceProcessingModeValues.Preserve });
                    }
                }
            }

            return run;
        }

        private static Paragraph Para(string? style, string text)
        {
            var paragraph = new Paragraph();
            if (style is not null)
            {
                paragraph.Append(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });
            }

            paragraph.Append(TextRun(text));
            return paragraph;
        }

        private static Paragraph Heading(int level, string text, bool pageBreakBefore)
        {
            var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Heading" + level.ToString(CultureInfo.InvariantCulture) } };
            if (pageBreakBefore)
            {
                properties.PageBreakBefore = new PageBreakBefore();
            }

            return new Paragraph(properties, TextRun(text));
        }

        private static ParagraphProperties ListProperties(int numberingId) => new()
        {
            ParagraphStyleId = new ParagraphStyleId { Val = "ListParagraph" },
            NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }),
        };

        private static Table CreateTable(string caption, IReadOnlyList<int> weights, IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<Cell>> rows, bool small = false, bool banded = true, int width = TextWidth)
        {
            var total = weights.Sum();
            var widths = weights.Select(w => width * w / total).ToArray();
            widths[^1] += width - widths.Sum();

            var table = new Table(
                new TableProperties
                {
                    TableWidth = new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    TableBorders = new TableBorders
                    {
                        TopBorder = new TopBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                        LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                        BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                        RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                        InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                        InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                    },
                    TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                    TableCellMarginDefault = new TableCellMarginDefault
                    {
                        TopMargin = new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        TableCellLeftMargin = new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        BottomMargin = new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        TableCellRightMargin = new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa },
                    },
                    TableCaption = new TableCaption { Val = caption },
                },
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

            var style = small ? "TableTextSmall" : "TableText";
            if (header is not null)
            {
                var headerRow = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
                for (var i = 0; i < header.Count; i++)
                {
                    headerRow.Append(CreateCell(widths[i], new Cell(header[i], Center: i > 0, Fill: HeaderFill, Color: "FFFFFF", Bold: true), style));
                }

                table.Append(headerRow);
            }

            var index = 0;
            foreach (var row in rows)
            {
                var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
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
            var properties = new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
            };
            if (cell.Fill is not null)
            {
                properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = cell.Fill };
            }

            var paragraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
            if (cell.Center)
            {
                paragraphProperties.Justification = new Justification { Val = JustificationValues.Center };
            }

            RunProperties? runProperties = null;
            if (cell.Bold || cell.Color is not null)
            {
                runProperties = new RunProperties();
                if (cell.Bold)
                {
                    runProperties.Bold = new Bold();
                }

                if (cell.Color is not null)
                {
                    runProperties.Color = new Color { Val = cell.Color };
                }
            }

            return new TableCell(properties, new Paragraph(paragraphProperties, TextRun(cell.Text, runProperties)));
        }

        // ---------------------------------------------------------------- chart

        private Drawing ChartDrawing(string relationshipId, string description)
        {
            const long widthEmu = 16L * 360000;
            const long heightEmu = 11L * 360000;
            drawingId++;
            return new Drawing(new DW.Inline(
                new DW.Extent { Cx = widthEmu, Cy = heightEmu },
                new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
                new DW.DocProperties
                {
                    Id = drawingId,
                    Name = "Chart " + drawingId.ToString(CultureInfo.InvariantCulture),
                    Title = L(ReportLabels.ThemeScores),
                    Description = description,
                },
                new DW.NonVisualGraphicFrameDrawingProperties(),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            });
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

        // ---------------------------------------------------------------- parts

        private void AddHeadersAndFooters()
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Header" } },
                TextRun(Clean(report.OrganisationName))));
            headerId = main.GetIdOfPart(header);
            footerId = AddFooter(TextWidth);
            landscapeFooterId = AddFooter(LandscapeTextWidth);

            // The title page has an empty header and footer.
            var firstHeader = main.AddNewPart<HeaderPart>();
            firstHeader.Header = new Header(new Paragraph());
            firstHeaderId = main.GetIdOfPart(firstHeader);
            var firstFooter = main.AddNewPart<FooterPart>();
            firstFooter.Footer = new Footer(new Paragraph());
            firstFooterId = main.GetIdOfPart(firstFooter);
        }

        private string AddFooter(int textWidth)
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new ParagraphProperties
                {
                    ParagraphStyleId = new ParagraphStyleId { Val = "Footer" },
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth }),
                },
                TextRun(Clean(report.Title)),
                new Run(new TabChar()),
                TextRun(L(ReportLabels.Page) + " "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new W.Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                TextRun(" / "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" NUMPAGES ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new W.Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
            return main.GetIdOfPart(footer);
        }

        /// <summary>A4 section properties; the first section also has the title page (no header or footer).</summary>
        private SectionProperties CreateSectionProperties(bool landscape)
        {
            var section = new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
                new FooterReference { Type = HeaderFooterValues.Default, Id = landscape ? landscapeFooterId : footerId });
            if (firstSection)
            {
                section.Append(
                    new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
                    new FooterReference { Type = HeaderFooterValues.First, Id = firstFooterId });
            }

            section.Append(
                new SectionType { Val = SectionMarkValues.NextPage },
                landscape
                    ? new PageSize { Width = PageHeight, Height = PageWidth, Orient = PageOrientationValues.Landscape }
                    : new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
                landscape
                    ? new PageMargin { Top = SideMargin, Right = VerticalMargin, Bottom = SideMargin, Left = VerticalMargin, Header = 567, Footer = 567, Gutter = 0 }
                    : new PageMargin { Top = VerticalMargin, Right = SideMargin, Bottom = VerticalMargin, Left = SideMargin, Header = 567, Footer = 567, Gutter = 0 },
                new Columns { Space = "708" });
            if (firstSection)
            {
                section.Append(new TitlePage());
            }

            section.Append(new DocGrid { LinePitch = 360 });
            firstSection = false;
            return section;
        }

        private void AddSettings(MainDocumentPart main)
        {
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(
                new Zoom { Percent = "100" },
                new DefaultTabStop { Val = 708 },
                new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }),
                new ThemeFontLanguages { Val = language });
        }

        private static void AddNumbering(MainDocumentPart main)
        {
            static AbstractNum List(int id, NumberFormatValues format, string text, string font) => new(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = format },
                    new LevelText { Val = text },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "425", Hanging = "284" }),
                    new NumberingSymbolRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }, new Color { Val = Accent2 }))
                { LevelIndex = 0 })
            { AbstractNumberId = id };

            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                List(BulletList, NumberFormatValues.Bullet, "•", "Calibri"),
                List(NumberedList, NumberFormatValues.Decimal, "%1.", "Calibri"),
                new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList },
                new NumberingInstance(new AbstractNumId { Val = NumberedList }) { NumberID = NumberedList });
        }

        private void AddStyles(MainDocumentPart main)
        {
            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            var styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle
                    {
                        RunFonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Calibri", ComplexScript = "Calibri" },
                        FontSize = new FontSize { Val = "21" },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
                        Languages = new W.Languages { Val = language, Bidi = language },
                    }),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                    {
                        SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                    })));

            styles.Append(
                ParagraphStyle("Normal", "Normal", null, null, null, isDefault: true),
                ParagraphStyle(
                    "Title",
                    "Title",
                    "Normal",
                    new StyleParagraphProperties
                    {
                        ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Accent2 } },
                        SpacingBetweenLines = new SpacingBetweenLines { After = "360", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                        ContextualSpacing = new ContextualSpacing(),
                    },
                    new StyleRunProperties
                    {
                        RunFonts = new RunFonts { Ascii = "Calibri Light", HighAnsi = "Calibri Light", ComplexScript = "Calibri Light" },
                        Color = new Color { Val = Accent },
                        Kern = new Kern { Val = 28 },
                        FontSize = new FontSize { Val = "56" },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = "56" },
                    }),
                ParagraphStyle(
                    "Subtitle",
                    "Subtitle",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "240" } },
                    new StyleRunProperties
                    {
                        Color = new Color { Val = Accent2 },
                        FontSize = new FontSize { Val = "32" },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = "32" },
                    }),
                ParagraphStyle(
                    "TitleDetail",
                    "Title detail",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "80" } },
                    new StyleRunProperties
                    {
                        Color = new Color { Val = Muted },
                        FontSize = new FontSize { Val = "26" },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = "26" },
                    }),
                HeadingStyle(1, 32, Accent, before: 240, after: 160),
                HeadingStyle(2, 26, Accent2, before: 280, after: 100),
                HeadingStyle(3, 22, Accent, before: 200, after: 80),
                ParagraphStyle(
                    "Caption",
                    "caption",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "200" } },
                    new StyleRunProperties
                    {
                        Italic = new Italic(),
                        Color = new Color { Val = Muted },
                        FontSize = new FontSize { Val = "18" },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = "18" },
                    }),
                ParagraphStyle(
                    "Quote",
                    "Quote",
                    "Normal",
                    new StyleParagraphProperties
                    {
                        ParagraphBorders = new ParagraphBorders { LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Accent2 } },
                        SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "120" },
                        Indentation = new Indentation { Left = "567", Right = "567" },
                    },
                    new StyleRunProperties { Italic = new Italic(), Color = new Color { Val = "404040" } }),
                ParagraphStyle(
                    "ListParagraph",
                    "List Paragraph",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "80" }, Indentation = new Indentation { Left = "425" } },
                    null),
                ParagraphStyle(
                    "Descriptor",
                    "Level descriptor",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "40" }, Indentation = new Indentation { Left = "425" } },
                    new StyleRunProperties { FontSize = new FontSize { Val = "19" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "19" } }),
                ParagraphStyle(
                    "TableText",
                    "Table text",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
                    new StyleRunProperties { FontSize = new FontSize { Val = "18" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "18" } }),
                ParagraphStyle(
                    "TableTextSmall",
                    "Table text small",
                    "TableText",
                    null,
                    new StyleRunProperties { FontSize = new FontSize { Val = "16" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "16" } }),
                ParagraphStyle(
                    "Header",
                    "header",
                    "Normal",
                    new StyleParagraphProperties
                    {
                        ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Border } },
                        SpacingBetweenLines = new SpacingBetweenLines { After = "0" },
                        Justification = new Justification { Val = JustificationValues.Right },
                    },
                    new StyleRunProperties { Color = new Color { Val = Muted }, FontSize = new FontSize { Val = "16" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "16" } }),
                ParagraphStyle(
                    "Footer",
                    "footer",
                    "Normal",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0" } },
                    new StyleRunProperties { Color = new Color { Val = Muted }, FontSize = new FontSize { Val = "16" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "16" } }));

            stylesPart.Styles = styles;
        }

        private static Style HeadingStyle(int level, int halfPoints, string color, int before, int after)
        {
            var size = halfPoints.ToString(CultureInfo.InvariantCulture);
            return ParagraphStyle(
                "Heading" + level.ToString(CultureInfo.InvariantCulture),
                "heading " + level.ToString(CultureInfo.InvariantCulture),
                "Normal",
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) },
                    OutlineLevel = new OutlineLevel { Val = level - 1 },
                },
                new StyleRunProperties
                {
                    Bold = new Bold(),
                    BoldComplexScript = new BoldComplexScript(),
                    Color = new Color { Val = color },
                    FontSize = new FontSize { Val = size },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = size },
                });
        }

        private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
        {
            var style = new Style
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
                StyleName = new StyleName { Val = name },
                PrimaryStyle = new PrimaryStyle(),
            };
            if (isDefault)
            {
                style.Default = true;
            }

            if (basedOn is not null)
            {
                style.BasedOn = new BasedOn { Val = basedOn };
                style.NextParagraphStyle = new NextParagraphStyle { Val = "Normal" };
            }

            if (paragraph is not null)
            {
                style.StyleParagraphProperties = paragraph;
            }

            if (run is not null)
            {
                style.StyleRunProperties = run;
            }

            return style;
        }
    }
}
