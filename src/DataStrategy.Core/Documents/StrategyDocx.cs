using System.Globalization;
using DataStrategy.Core.Documents.Docx;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents;

/// <summary>
/// Lays a <see cref="StrategyDocument"/> out as a Word document (DOCX): title page, contents, then
/// vision, principles, objectives, services, roles, organisation, governance bodies, the RACI matrix
/// and the traceability from priorities to services. In one language the document flows; in two (or
/// more) every section is a table with one column per language so that translations face each other.
/// All user text is written as literal text (characters XML 1.0 cannot hold are dropped).
/// </summary>
public static partial class StrategyDocx
{
    public const string DefaultAccentColour = "1F4E79";

    /// <summary>Up to this many roles the RACI matrix fits on a portrait page; above, it gets a landscape section.</summary>
    internal const int PortraitRaciRoles = 6;

    public static byte[] Build(StrategyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Strategy);
        var languages = (document.Languages ?? [])
            .Select(l => DocxText.Clean(l).Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (languages.Length == 0)
        {
            throw new ArgumentException("A strategy document needs at least one language.", nameof(document));
        }

        return DocxPackage.Build(package => new Writer(document, languages, package).Write());
    }

    /// <summary>The colour as RRGGBB (upper case), or the default when it is not six hex digits.</summary>
    internal static string AccentOrDefault(string? colour)
    {
        var value = colour?.Trim().TrimStart('#') ?? string.Empty;
        return value.Length == 6 && value.All(char.IsAsciiHexDigit) ? value.ToUpperInvariant() : DefaultAccentColour;
    }

    private enum FieldKind
    {
        /// <summary>Optional label, then the text as paragraphs.</summary>
        Text,

        /// <summary>"Label : value, value" on one line.</summary>
        Inline,

        /// <summary>Label, then one bulleted line per value.</summary>
        Lines,
    }

    private enum LineStyle
    {
        Normal,
        Muted,
        Flag,
    }

    /// <summary>One value of a relation or one line of the traceability outline; level 1 or 2 (nested bullet).</summary>
    private readonly record struct Line(LocalizedText Text, LineStyle Style = LineStyle.Normal, int Level = 1);

    private sealed record Field(FieldKind Kind, LocalizedText? Label, LocalizedText? Text = null, IReadOnlyList<Line>? Lines = null);

    /// <summary>What a section lists: an item (title and fields) or a group of the traceability.</summary>
    private sealed record Block(LocalizedText? Title, IReadOnlyList<Field> Fields);

    private sealed partial class Writer
    {
        private const string Muted = DocxStyles.Muted;
        private const string FlagColour = "9A3A00";
        private const int BulletList = 1;
        private const long LogoMaxWidthEmu = 5 * DocxDrawing.EmuPerCentimetre;
        private const long LogoMaxHeightEmu = 25 * DocxDrawing.EmuPerCentimetre / 10;

        private readonly StrategyDocument source;
        private readonly StrategySnapshot strategy;
        private readonly WordprocessingDocument package;
        private readonly string[] languages;
        private readonly bool bilingual;
        private readonly string accent;
        private readonly string accentText;
        private readonly string tint;
        private readonly string tintText;
        private readonly Dictionary<Guid, StrategyItemData> items = [];
        private readonly Dictionary<string, string> tags = new(StringComparer.Ordinal);
        private readonly Dictionary<string, LocalizedText> keyTexts = new(StringComparer.Ordinal);
        private readonly DocxContents contents = new();
        private readonly Body body = new();
        private MainDocumentPart main = null!;
        private DocxPages pages = null!;
        private bool landscape;
        private bool atPageStart;

        public Writer(StrategyDocument source, string[] languages, WordprocessingDocument package)
        {
            this.source = source;
            strategy = source.Strategy;
            this.package = package;
            this.languages = languages;
            bilingual = languages.Length > 1;
            accent = AccentOrDefault(source.AccentColour);
            accentText = DocxColors.TextColorOn(accent);
            tint = DocxColors.Tint(accent, 0.86);
            tintText = DocxColors.TextColorOn(tint);
            foreach (var item in strategy.Items)
            {
                items.TryAdd(item.Id, item);
            }

            foreach (var language in languages)
            {
                tags[language] = Tag(language);
            }
        }

        private string First => languages[0];

        private int Width => landscape ? DocxPages.LandscapeTextWidth : DocxPages.TextWidth;

        private string Title(string language) => TryText(strategy.Title, language, out var title) ? title : DocumentTexts.Strategy.Get(StrategyLabels.DocumentTitle, language);

        public void Write()
        {
            main = DocxPackage.AddMain(package, body);
            DocxPackage.SetProperties(package, Title(First), null, Tag(First), OrganisationName(First));
            AddStyles();
            DocxNumbering.Add(main, (BulletList, MultiLevelValues.HybridMultilevel, [DocxNumbering.Level(0, NumberFormatValues.Bullet, "•", accent), DocxNumbering.Level(1, NumberFormatValues.Bullet, "–", accent)]));
            var organisation = languages.Select(OrganisationName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            pages = new DocxPages(
                main,
                Para("Header", Text(string.Join(" / ", organisation), bilingual ? null : First)),
                () => Text(Title(First), First)[0],
                string.Join(" / ", languages.Select(l => DocumentTexts.Strategy.Get(StrategyLabels.Page, l)).Distinct(StringComparer.Ordinal)));

            WriteTitlePage();
            var contentsHeading = ContentsHeading();
            body.Append(contentsHeading);
            atPageStart = true;

            WriteItems(StrategyLabels.Vision, strategy.OfKind(StrategyItemKind.Vision).Select(i => Item(i, optionalTitle: true, TextField(null, i.Text(StrategySchema.Description)))));
            WriteItems(StrategyLabels.Principles, strategy.OfKind(StrategyItemKind.Principle).Select(i => Item(i, optionalTitle: false, TextField(null, i.Text(StrategySchema.Description)))));
            WriteItems(StrategyLabels.Objectives, strategy.OfKind(StrategyItemKind.Objective).Select(ObjectiveBlock));
            WriteItems(StrategyLabels.Services, strategy.OfKind(StrategyItemKind.Service).Select(ServiceBlock));
            WriteItems(StrategyLabels.Roles, strategy.OfKind(StrategyItemKind.Role).Select(RoleBlock));
            WriteItems(StrategyLabels.Organisation, strategy.OfKind(StrategyItemKind.Team).Concat(strategy.OfKind(StrategyItemKind.Network)).Select(OrganisationBlock));
            WriteItems(StrategyLabels.GovernanceBodies, strategy.OfKind(StrategyItemKind.GovernanceBody).Select(BodyBlock));
            WriteRaci();
            WriteTraceability();
            WriteRoadmap();

            contents.WriteAfter(contentsHeading, DocxPages.TextWidth);
            DocxPackage.AddSettings(main, Tag(First), updateFieldsOnOpen: contents.Count > 0);
            body.Append(pages.Section(landscape));
        }

        // ---------------------------------------------------------------- model → blocks

        private Block ObjectiveBlock(StrategyItemData item) => Item(
            item,
            optionalTitle: false,
            TextField(null, item.Text(StrategySchema.Description)),
            TextField(FieldLabel(StrategySchema.Outcomes), item.Text(StrategySchema.Outcomes)),
            TextField(FieldLabel(StrategySchema.Indicators), item.Text(StrategySchema.Indicators)),
            LinesField(RelationLabel(StrategyRelation.Priority), LabelLines(item.Targets(StrategyRelation.Priority))),
            LinesField(RelationLabel(StrategyRelation.CityPriority), LabelLines(item.Targets(StrategyRelation.CityPriority))));

        private Block ServiceBlock(StrategyItemData item) => Item(
            item,
            optionalTitle: false,
            TextField(FieldLabel(StrategySchema.Problem), item.Text(StrategySchema.Problem)),
            TextField(FieldLabel(StrategySchema.Users), item.Text(StrategySchema.Users)),
            TextField(FieldLabel(StrategySchema.DataNeeded), item.Text(StrategySchema.DataNeeded)),
            TextField(FieldLabel(StrategySchema.Benefits), item.Text(StrategySchema.Benefits)),
            InlineField(KeyText(StrategyLabels.OwnerDepartment), DepartmentLines(item)),
            LinesField(RelationLabel(StrategyRelation.Objective), ItemLines(item, StrategyRelation.Objective)));

        private Block RoleBlock(StrategyItemData item) => Item(
            item,
            optionalTitle: false,
            TextField(FieldLabel(StrategySchema.Responsibilities), item.Text(StrategySchema.Responsibilities)),
            LinesField(RelationLabel(StrategyRelation.Holder), HolderLines(item)));

        private Block OrganisationBlock(StrategyItemData item) => Item(
            item,
            optionalTitle: false,
            InlineField(KeyText(StrategyLabels.Type), [new Line(KeyText(item.Kind == StrategyItemKind.Team ? StrategyLabels.Team : StrategyLabels.Network))]),
            TextField(null, item.Text(StrategySchema.Description)),
            InlineField(KeyText(StrategyLabels.HomeDepartment), DepartmentLines(item)),
            InlineField(RelationLabel(StrategyRelation.ReportsTo), ItemLines(item, StrategyRelation.ReportsTo)),
            LinesField(RelationLabel(StrategyRelation.Member), ItemLines(item, StrategyRelation.Member)));

        private Block BodyBlock(StrategyItemData item) => Item(
            item,
            optionalTitle: false,
            TextField(FieldLabel(StrategySchema.Purpose), item.Text(StrategySchema.Purpose)),
            InlineField(RelationLabel(StrategyRelation.Chair), ItemLines(item, StrategyRelation.Chair)),
            LinesField(RelationLabel(StrategyRelation.Member), ItemLines(item, StrategyRelation.Member)),
            TextField(FieldLabel(StrategySchema.Cadence), item.Text(StrategySchema.Cadence)),
            TextField(FieldLabel(StrategySchema.DecisionRights), item.Text(StrategySchema.DecisionRights)),
            InlineField(RelationLabel(StrategyRelation.EscalatesTo), ItemLines(item, StrategyRelation.EscalatesTo)));

        private Block Item(StrategyItemData item, bool optionalTitle, params Field?[] fields)
        {
            var title = !IsBlank(item.Title) ? item.Title : optionalTitle ? null : KeyText(StrategyLabels.Untitled);
            return new Block(title, fields.OfType<Field>().ToList());
        }

        private static Field? TextField(LocalizedText? label, LocalizedText text) => IsBlank(text) ? null : new Field(FieldKind.Text, label, text);

        private static Field? InlineField(LocalizedText label, IReadOnlyList<Line> lines) => lines.Count == 0 ? null : new Field(FieldKind.Inline, label, Lines: lines);

        private static Field? LinesField(LocalizedText? label, IReadOnlyList<Line> lines) => lines.Count == 0 ? null : new Field(FieldKind.Lines, label, Lines: lines);

        private LocalizedText FieldLabel(string field) => KeyText(StrategyLabels.FieldKey(field));

        private LocalizedText RelationLabel(string relation) => KeyText(StrategyLabels.RelationKey(relation));

        /// <summary>Labels of targets outside the strategy (priorities); a target without a label is left out.</summary>
        private List<Line> LabelLines(IEnumerable<string> targets) =>
            targets.Distinct(StringComparer.Ordinal).Select(strategy.Label).Where(l => !IsBlank(l)).Select(l => new Line(l)).ToList();

        /// <summary>Titles of the items a relation points to; a target that is not (or no longer) an item is left out.</summary>
        private List<Line> ItemLines(StrategyItemData item, string relation) =>
            item.Targets(relation).Distinct(StringComparer.Ordinal).Select(ItemOf).OfType<StrategyItemData>().Select(i => new Line(TitleOf(i))).ToList();

        private List<Line> DepartmentLines(StrategyItemData item)
        {
            if (item.DepartmentId is not { } id)
            {
                return [];
            }

            var label = strategy.Label(id.ToString());
            return IsBlank(label) ? [] : [new Line(label)];
        }

        private List<Line> HolderLines(StrategyItemData item) =>
            item.Targets(StrategyRelation.Holder).Distinct(StringComparer.Ordinal).Select(target =>
                Guid.TryParse(target, out var id) && source.HolderNames.TryGetValue(id, out var name) && DocxText.Clean(name).Trim().Length > 0
                    ? new Line(Same(name))
                    : new Line(KeyText(StrategyLabels.AnonymisedPerson), LineStyle.Muted)).ToList();

        private StrategyItemData? ItemOf(string target) => Guid.TryParse(target, out var id) && items.TryGetValue(id, out var item) ? item : null;

        private LocalizedText TitleOf(StrategyItemData item) => IsBlank(item.Title) ? KeyText(StrategyLabels.Untitled) : item.Title;

        /// <summary>A fixed text (a key) in every language of the document.</summary>
        private LocalizedText KeyText(string key)
        {
            if (!keyTexts.TryGetValue(key, out var text))
            {
                text = new LocalizedText();
                foreach (var language in languages)
                {
                    text.Set(language, DocumentTexts.Strategy.Get(key, language));
                }

                keyTexts[key] = text;
            }

            return text;
        }

        /// <summary>The same text (a person's name) in every language of the document.</summary>
        private LocalizedText Same(string value)
        {
            var text = new LocalizedText();
            foreach (var language in languages)
            {
                text.Set(language, value);
            }

            return text;
        }

        private static bool IsBlank(LocalizedText? text) =>
            text is null || text.IsEmpty || text.Values.Values.All(v => DocxText.Clean(v).Trim().Length == 0);

        private static bool TryText(LocalizedText? text, string language, out string value)
        {
            value = text?[language] is { } raw ? DocxText.Clean(raw).Trim() : string.Empty;
            return value.Length > 0;
        }

        private string OrganisationName(string language) => DocxText.Clean(source.OrganisationName?.Get(language)).Trim();

        // ---------------------------------------------------------------- title page and contents

        private void WriteTitlePage()
        {
            var logo = DocxDrawing.Picture(main, source.Logo, 1, "Logo 1", LogoMaxWidthEmu, LogoMaxHeightEmu, OrganisationName(First));
            if (logo is not null)
            {
                body.Append(new Paragraph(new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0" } }, new Run(logo)));
            }

            body.Append(DocxText.Spacer(before: logo is null ? "3000" : "1800"));
            foreach (var language in languages)
            {
                var organisation = OrganisationName(language);
                if (organisation.Length > 0)
                {
                    body.Append(Para("Subtitle", Text(organisation, language)));
                }

                body.Append(Para("Title", Text(Title(language), language)));
                var version = source.VersionText is not null && source.VersionText.TryGetValue(language, out var v) ? DocxText.Clean(v).Trim() : string.Empty;
                body.Append(Para("TitleDetail", Text(version.Length > 0 ? version : DocumentTexts.Strategy.Get(StrategyLabels.Draft, language), language)));
                if (bilingual)
                {
                    body.Append(DocxText.Spacer(before: "480"));
                }
            }
        }

        private Paragraph ContentsHeading()
        {
            var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "TOCHeading" }, PageBreakBefore = new PageBreakBefore() });
            AppendJoined(paragraph, StrategyLabels.Contents);
            return paragraph;
        }

        // ---------------------------------------------------------------- sections

        /// <summary>A chapter heading (Heading 1, bookmarked for the contents); "Objectifs / Doelstellingen" in two languages.</summary>
        private void Chapter(string key)
        {
            var paragraph = new Paragraph(DocxText.HeadingProperties(1, pageBreakBefore: !atPageStart));
            AppendJoined(paragraph, key);
            contents.Add(paragraph, string.Join(" / ", languages.Select(l => DocumentTexts.Strategy.Get(key, l)).Distinct(StringComparer.Ordinal)));
            body.Append(paragraph);
            atPageStart = false;
        }

        /// <summary>A fixed text in every language of the document, joined by " / ", each part tagged with its language.</summary>
        private void AppendJoined(Paragraph paragraph, string key)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                var text = DocumentTexts.Strategy.Get(key, language);
                if (!seen.Add(text))
                {
                    continue;
                }

                if (seen.Count > 1)
                {
                    paragraph.Append(Text(" / ", null));
                }

                paragraph.Append(Text(text, language));
            }
        }

        private void WriteItems(string headingKey, IEnumerable<Block> blocks)
        {
            var list = blocks.ToList();
            if (list.Count == 0)
            {
                return;
            }

            Chapter(headingKey);
            WriteBlocks(list);
        }

        private void WriteBlocks(IReadOnlyList<Block> blocks)
        {
            if (!bilingual)
            {
                var language = First;
                foreach (var block in blocks)
                {
                    if (block.Title is not null)
                    {
                        body.Append(Para("Heading2", Localized(block.Title, language)));
                    }

                    foreach (var field in block.Fields)
                    {
                        body.Append(RenderField(field, language, inCell: false));
                    }
                }

                return;
            }

            var widths = DocxTable.ColumnWidths(Width, Enumerable.Repeat(1, languages.Length).ToArray());
            var table = NewTable(widths, Width);
            table.Append(LanguageHeaderRow(widths));
            foreach (var block in blocks)
            {
                if (block.Title is not null)
                {
                    var row = DocxTable.Row();
                    for (var i = 0; i < languages.Length; i++)
                    {
                        var heading = Para("Heading2", Localized(block.Title, languages[i]));
                        heading.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40" };
                        row.Append(Cell(widths[i], [heading], tint));
                    }

                    table.Append(row);
                }

                foreach (var field in block.Fields)
                {
                    var row = new TableRow();
                    for (var i = 0; i < languages.Length; i++)
                    {
                        row.Append(Cell(widths[i], RenderField(field, languages[i], inCell: true)));
                    }

                    table.Append(row);
                }
            }

            body.Append(table);
        }

        private TableRow LanguageHeaderRow(int[] widths)
        {
            var row = DocxTable.Row(header: true);
            for (var i = 0; i < languages.Length; i++)
            {
                var name = DocumentTexts.Strategy.Get(StrategyLabels.LanguageName, languages[i]);
                if (!Languages.IsSupported(languages[i]))
                {
                    name = languages[i];
                }

                row.Append(Cell(widths[i], [Para("CellText", Text(name, languages[i], bold: true, color: accentText))], accent));
            }

            return row;
        }

        private List<Paragraph> RenderField(Field field, string language, bool inCell)
        {
            var textStyle = inCell ? "CellText" : "Normal";

            // In a cell, a label that keeps with the next paragraph would chain every row to the next
            // one and push the whole table onto a new page.
            var labelStyle = inCell ? "CellLabel" : "FieldLabel";
            var result = new List<Paragraph>();
            switch (field.Kind)
            {
                case FieldKind.Inline:
                    var inline = Para(textStyle);
                    inline.Append(Localized(field.Label, language, bold: true, color: accent));
                    inline.Append(Text(DocumentTexts.Strategy.Get(StrategyLabels.Colon, language), language, bold: true, color: accent));
                    for (var i = 0; i < field.Lines!.Count; i++)
                    {
                        if (i > 0)
                        {
                            inline.Append(Text(", ", language));
                        }

                        inline.Append(LineRuns(field.Lines[i], language));
                    }

                    result.Add(inline);
                    break;

                case FieldKind.Lines:
                    if (field.Label is not null)
                    {
                        result.Add(Para(labelStyle, Localized(field.Label, language)));
                    }

                    foreach (var line in field.Lines!)
                    {
                        result.Add(ListPara(inCell, line.Level - 1, LineRuns(line, language)));
                    }

                    break;

                default:
                    if (field.Label is not null)
                    {
                        result.Add(Para(labelStyle, Localized(field.Label, language)));
                    }

                    if (TryText(field.Text, language, out var text))
                    {
                        result.AddRange(TextParagraphs(text, language, textStyle));
                    }
                    else
                    {
                        result.Add(Para(textStyle, NotTranslated(language)));
                    }

                    break;
            }

            return result;
        }

        private Run[] LineRuns(Line line, string language)
        {
            if (!TryText(line.Text, language, out var text))
            {
                return NotTranslated(language);
            }

            return line.Style switch
            {
                LineStyle.Flag => Text(text, language, italic: true, color: FlagColour),
                LineStyle.Muted => Text(text, language, italic: true, color: Muted),
                _ => Text(text, language),
            };
        }

        /// <summary>One paragraph per line of the text; lines starting with "- ", "* " or "• " become bullets.</summary>
        private IEnumerable<Paragraph> TextParagraphs(string text, string language, string style)
        {
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.Length > 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ')
                {
                    yield return ListPara(style == "CellText", 0, Text(line[2..].TrimStart(), language));
                }
                else
                {
                    yield return Para(style, Text(line, language));
                }
            }
        }

        private void WriteRaci()
        {
            var activities = strategy.OfKind(StrategyItemKind.RaciActivity).ToList();
            var roles = strategy.OfKind(StrategyItemKind.Role).ToList();
            if (activities.Count == 0 || roles.Count == 0)
            {
                return;
            }

            var letters = new Dictionary<(Guid Activity, Guid Role), SortedSet<RaciLetter>>();
            foreach (var cell in strategy.Raci)
            {
                if (!letters.TryGetValue((cell.ActivityId, cell.RoleId), out var set))
                {
                    letters[(cell.ActivityId, cell.RoleId)] = set = [];
                }

                set.Add(cell.Letter);
            }

            SetOrientation(roles.Count > PortraitRaciRoles);
            Chapter(StrategyLabels.Raci);
            var width = Width;
            var firstWeight = roles.Count > PortraitRaciRoles ? 22 : 34;
            var weights = new int[roles.Count + 1];
            weights[0] = firstWeight * roles.Count;
            for (var i = 1; i < weights.Length; i++)
            {
                weights[i] = 100 - firstWeight;
            }

            var widths = DocxTable.ColumnWidths(width, weights);
            // Narrow role columns read better with the role names turned upright.
            var rotate = widths[1] < 1700;
            var table = NewTable(widths, width);

            var headerProperties = new TableRowProperties(new TableHeader(), new CantSplit());
            if (rotate)
            {
                var longest = roles.Max(r => languages.Max(l => TryText(r.Title, l, out var t) ? t.Length : 12));
                headerProperties.Append(new TableRowHeight { Val = (uint)Math.Clamp(longest * 95, 1000, 3000), HeightType = HeightRuleValues.AtLeast });
            }

            var header = new TableRow(headerProperties);
            header.Append(Cell(widths[0], languages.Select(l => Para("CellTextSmall", Text(DocumentTexts.Strategy.Get(StrategyLabels.Activity, l), l, bold: true, color: accentText))).ToList(), accent));
            for (var r = 0; r < roles.Count; r++)
            {
                var paragraphs = languages.Select(l => Para("CellTextSmall", Localized(TitleOf(roles[r]), l, bold: true, color: accentText))).ToList();
                header.Append(Cell(widths[r + 1], paragraphs, accent, rotate: rotate, center: !rotate));
            }

            table.Append(header);
            foreach (var activity in activities)
            {
                var row = DocxTable.Row();
                var first = new List<Paragraph>();
                foreach (var language in languages)
                {
                    first.Add(Para("CellTextSmall", Localized(TitleOf(activity), language, bold: true)));
                    if (TryText(activity.Text(StrategySchema.Description), language, out var description))
                    {
                        first.Add(Para("CellTextSmall", Text(description, language, color: Muted)));
                    }
                }

                row.Append(Cell(widths[0], first));
                for (var r = 0; r < roles.Count; r++)
                {
                    // Most cells are empty: a styled paragraph without a run keeps the matrix light.
                    var paragraph = Para("RaciLetter");
                    string? fill = null;
                    if (letters.TryGetValue((activity.Id, roles[r].Id), out var set))
                    {
                        paragraph.Append(Text(string.Join("/", set), null, color: tintText == DocxColors.Black ? null : tintText));
                        fill = tint;
                    }

                    row.Append(Cell(widths[r + 1], [paragraph], fill, center: true));
                }

                table.Append(row);
            }

            body.Append(table);

            // The caption also keeps the legend table from merging with the matrix.
            var caption = Para("Caption");
            AppendJoined(caption, StrategyLabels.Legend);
            body.Append(caption);
            string[] legend = [StrategyLabels.RaciR, StrategyLabels.RaciA, StrategyLabels.RaciC, StrategyLabels.RaciI];
            if (!bilingual)
            {
                foreach (var key in legend)
                {
                    body.Append(Para("CellTextSmall", Text(DocumentTexts.Strategy.Get(key, First), null)));
                }

                return;
            }

            var legendWidths = DocxTable.ColumnWidths(width, Enumerable.Repeat(1, languages.Length).ToArray());
            var legendTable = NewTable(legendWidths, width);
            legendTable.Append(LanguageHeaderRow(legendWidths));
            var legendRow = DocxTable.Row();
            for (var i = 0; i < languages.Length; i++)
            {
                var language = languages[i];
                legendRow.Append(Cell(legendWidths[i], legend.Select(k => Para("CellTextSmall", Text(DocumentTexts.Strategy.Get(k, language), language))).ToList()));
            }

            legendTable.Append(legendRow);
            body.Append(legendTable);
        }

        private void WriteTraceability()
        {
            var blocks = Traceability();
            if (blocks.Count == 0)
            {
                return;
            }

            SetOrientation(false);
            Chapter(StrategyLabels.Traceability);
            WriteBlocks(blocks);
        }

        /// <summary>
        /// Priority → objectives that answer it → services that deliver them, flagging a priority no
        /// objective answers and an objective no service delivers. Thematic priorities are the labelled
        /// "campaign/theme" targets (so an unanswered one shows); city priorities only show when linked,
        /// because their labels cannot be told apart from departments'.
        /// </summary>
        private List<Block> Traceability()
        {
            var objectives = strategy.OfKind(StrategyItemKind.Objective).ToList();
            var services = strategy.OfKind(StrategyItemKind.Service).ToList();
            var priorities = strategy.Labels.Keys.Where(k => k.Contains('/', StringComparison.Ordinal)).ToList();
            if (objectives.Count == 0 && priorities.Count == 0)
            {
                return [];
            }

            var servicesByObjective = new Dictionary<Guid, List<StrategyItemData>>();
            var servingNothing = new List<StrategyItemData>();
            foreach (var service in services)
            {
                var served = false;
                foreach (var objective in service.Targets(StrategyRelation.Objective).Distinct(StringComparer.Ordinal).Select(ItemOf))
                {
                    if (objective is { Kind: StrategyItemKind.Objective })
                    {
                        served = true;
                        if (!servicesByObjective.TryGetValue(objective.Id, out var list))
                        {
                            servicesByObjective[objective.Id] = list = [];
                        }

                        list.Add(service);
                    }
                }

                if (!served)
                {
                    servingNothing.Add(service);
                }
            }

            var thematic = Group(objectives, StrategyRelation.Priority, priorities);
            var city = Group(objectives, StrategyRelation.CityPriority, []);

            List<Line> ObjectiveLines(IEnumerable<StrategyItemData> answering)
            {
                var lines = new List<Line>();
                foreach (var objective in answering)
                {
                    lines.Add(new Line(TitleOf(objective)));
                    if (servicesByObjective.TryGetValue(objective.Id, out var delivering))
                    {
                        lines.AddRange(delivering.Select(s => new Line(TitleOf(s), Level: 2)));
                    }
                    else
                    {
                        lines.Add(new Line(KeyText(StrategyLabels.NoService), LineStyle.Flag, Level: 2));
                    }
                }

                return lines;
            }

            Field PriorityField(string target, List<StrategyItemData> answering)
            {
                var label = strategy.Label(target);
                var lines = answering.Count > 0 ? ObjectiveLines(answering) : [new Line(KeyText(StrategyLabels.NoObjective), LineStyle.Flag)];
                return new Field(FieldKind.Lines, IsBlank(label) ? KeyText(StrategyLabels.Untitled) : label, Lines: lines);
            }

            var result = new List<Block> { new(null, [new Field(FieldKind.Text, null, KeyText(StrategyLabels.TraceabilityIntro))]) };
            var thematicFields = thematic.Select(p => PriorityField(p.Target, p.Objectives)).ToList();
            var unlinked = objectives.Where(o => !o.Targets(StrategyRelation.Priority).Any()).ToList();
            if (unlinked.Count > 0)
            {
                thematicFields.Add(new Field(FieldKind.Lines, KeyText(StrategyLabels.ObjectivesWithoutPriority), Lines: ObjectiveLines(unlinked)));
            }

            if (servingNothing.Count > 0)
            {
                thematicFields.Add(new Field(FieldKind.Lines, KeyText(StrategyLabels.ServicesWithoutObjective), Lines: servingNothing.Select(s => new Line(TitleOf(s))).ToList()));
            }

            if (thematicFields.Count > 0)
            {
                result.Add(new Block(KeyText(StrategyLabels.ThematicPriorities), thematicFields));
            }

            if (city.Count > 0)
            {
                result.Add(new Block(KeyText(StrategyLabels.CityPriorities), city.Select(p => PriorityField(p.Target, p.Objectives)).ToList()));
            }

            return result;
        }

        /// <summary>Targets of a relation (the known ones first, then linked ones in order of first link) with the objectives linking to each.</summary>
        private static List<(string Target, List<StrategyItemData> Objectives)> Group(List<StrategyItemData> objectives, string relation, IEnumerable<string> known)
        {
            var groups = new List<(string Target, List<StrategyItemData> Objectives)>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var target in known)
            {
                if (index.TryAdd(target, groups.Count))
                {
                    groups.Add((target, []));
                }
            }

            foreach (var objective in objectives)
            {
                foreach (var target in objective.Targets(relation).Distinct(StringComparer.Ordinal))
                {
                    if (!index.TryGetValue(target, out var i))
                    {
                        index[target] = i = groups.Count;
                        groups.Add((target, []));
                    }

                    groups[i].Objectives.Add(objective);
                }
            }

            return groups;
        }

        // ---------------------------------------------------------------- building blocks

        private static string Tag(string language)
        {
            var culture = DocumentTexts.Culture(language);
            return culture.Name.Length > 0 ? culture.Name : language;
        }

        /// <summary>Runs for a text (tabs and line breaks kept); in a bilingual document each run is tagged with its language.</summary>
        private Run[] Text(string text, string? language, bool bold = false, bool italic = false, string? color = null) =>
            [DocxText.Run(text, DocxText.Format(bold, italic, color, bilingual && language is not null ? tags[language] : null))];

        /// <summary>The text in the language, or "Not translated" in italics when it has none there.</summary>
        private Run[] Localized(LocalizedText? text, string language, bool bold = false, string? color = null) =>
            TryText(text, language, out var value) ? Text(value, language, bold, color: color) : NotTranslated(language, bold);

        private Run[] NotTranslated(string language, bool bold = false) =>
            Text(DocumentTexts.Strategy.Get(StrategyLabels.NotTranslated, language), language, bold, italic: true, color: Muted);

        private static Paragraph Para(string style, params OpenXmlElement[] content) => DocxText.Paragraph(style, content);

        private static Paragraph ListPara(bool inCell, int level, OpenXmlElement[] content) =>
            DocxText.ListItem(inCell ? "CellBullet" : "ListBullet", BulletList, level, content);

        private void SetOrientation(bool wanted)
        {
            if (wanted == landscape)
            {
                return;
            }

            body.Append(pages.SectionBreak(landscape));
            landscape = wanted;
            atPageStart = true;
        }

        private static Table NewTable(int[] widths, int width) => DocxTable.Create(widths, width, verticalMargin: 60, horizontalMargin: 100);

        /// <summary>A cell; its role names turned upright (<paramref name="rotate"/>) sit at the bottom, centred content in the middle.</summary>
        private static TableCell Cell(int width, List<Paragraph> paragraphs, string? fill = null, bool rotate = false, bool center = false) =>
            DocxTable.Cell(width, paragraphs, fill, rotate ? TableVerticalAlignmentValues.Bottom : center ? TableVerticalAlignmentValues.Center : null, upright: rotate);

        // ---------------------------------------------------------------- styles

        private void AddStyles()
        {
            DocxStyles.Add(
                main,
                Tag(First),
                [
                    DocxStyles.Normal(),
                    DocxStyles.Title(accent, ruleColor: accent, after: 240),
                    DocxStyles.Paragraph("Subtitle", "Subtitle", "Normal", DocxStyles.Spacing(after: 120), DocxStyles.Run(accent, 30)),
                    DocxStyles.Paragraph("TitleDetail", "Title detail", "Normal", DocxStyles.Spacing(after: 80), DocxStyles.Run(Muted, 24)),
                    DocxStyles.Heading(1, 32, accent, before: 240, after: 200),
                    DocxStyles.Heading(2, 26, accent, before: 320, after: 120),
                    DocxStyles.Paragraph("TOCHeading", "TOC Heading", "Normal", DocxStyles.KeepWithNext(before: 240, after: 240), DocxStyles.Run(accent, 32, bold: true)),
                    DocxStyles.Paragraph("TOC1", "toc 1", "Normal", DocxStyles.Spacing(after: 100), null),
                    DocxStyles.Paragraph("FieldLabel", "Field label", "Normal", DocxStyles.KeepWithNext(before: 120, after: 40), DocxStyles.Run(accent, 19, bold: true)),
                    DocxStyles.Paragraph("CellLabel", "Cell label", "Normal", DocxStyles.Spacing(after: 40), DocxStyles.Run(accent, 19, bold: true)),
                    DocxStyles.Paragraph("ListBullet", "List Bullet", "Normal", DocxStyles.Spacing(after: 40), null),
                    DocxStyles.Paragraph("CellBullet", "Cell bullet", "CellText", DocxStyles.Spacing(after: 40), null),
                    DocxStyles.Paragraph(
                        "RaciLetter",
                        "RACI letter",
                        "CellText",
                        new StyleParagraphProperties { SpacingBetweenLines = DocxStyles.Lines(after: 0), Justification = new Justification { Val = JustificationValues.Center } },
                        DocxStyles.Run(null, 20, bold: true)),
                    DocxStyles.Paragraph("CellText", "Cell text", "Normal", DocxStyles.Spacing(after: 60, line: 252), DocxStyles.Run(null, 20)),
                    DocxStyles.Paragraph("CellTextSmall", "Cell text small", "Normal", DocxStyles.Spacing(after: 20, line: 240), DocxStyles.Run(null, 17)),
                    DocxStyles.Paragraph("Caption", "caption", "Normal", DocxStyles.KeepWithNext(before: 200, after: 80), DocxStyles.Run(Muted, 18, italic: true)),
                    .. DocxStyles.PageHeaderAndFooter(),
                ]);
        }
    }
}
