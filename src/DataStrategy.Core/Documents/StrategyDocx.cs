using System.Buffers.Binary;
using System.Globalization;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
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
            .Select(l => MaturityReportDocx.Clean(l).Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (languages.Length == 0)
        {
            throw new ArgumentException("A strategy document needs at least one language.", nameof(document));
        }

        using var stream = new MemoryStream();

        // Disposing the package saves every part (auto-save); the writer does not save as well, which
        // would serialise the whole document twice.
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            new Writer(document, languages, package).Write();
        }

        return stream.ToArray();
    }

    /// <summary>The colour as RRGGBB (upper case), or the default when it is not six hex digits.</summary>
    internal static string AccentOrDefault(string? colour)
    {
        var value = colour?.Trim().TrimStart('#') ?? string.Empty;
        return value.Length == 6 && value.All(char.IsAsciiHexDigit) ? value.ToUpperInvariant() : DefaultAccentColour;
    }

    /// <summary>The colour mixed with white (share 0…1 of white): a light tint for title rows and RACI cells.</summary>
    internal static string Tint(string colour, double white)
    {
        int Channel(int offset)
        {
            var c = int.Parse(colour.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (int)Math.Round(c + ((255 - c) * white));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Channel(0):X2}{Channel(2):X2}{Channel(4):X2}");
    }

    /// <summary>The image's type and pixel size from its bytes (PNG or baseline/progressive JPEG); null for anything else.</summary>
    internal static (PartTypeInfo Type, int Width, int Height)? ImageInfo(byte[]? bytes)
    {
        if (bytes is null || bytes.Length < 24)
        {
            return null;
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.AsSpan(0, 8).SequenceEqual(png))
        {
            var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
            var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
            return width > 0 && height > 0 ? (ImagePartType.Png, width, height) : null;
        }

        if (bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return null;
        }

        // Walk the JPEG segments to the first start-of-frame marker, which holds the size.
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = (bytes[i + 2] << 8) | bytes[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = (bytes[i + 5] << 8) | bytes[i + 6];
                var width = (bytes[i + 7] << 8) | bytes[i + 8];
                return width > 0 && height > 0 ? (ImagePartType.Jpeg, width, height) : null;
            }

            if (length < 2)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
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
        // A4 portrait, 2.2 cm side margins, 2.5 cm top/bottom (as the maturity report).
        private const int PageWidth = 11906;
        private const int PageHeight = 16838;
        private const int SideMargin = 1247;
        private const int VerticalMargin = 1418;
        private const int TextWidth = PageWidth - (2 * SideMargin);
        private const int LandscapeTextWidth = PageHeight - (2 * VerticalMargin);
        private const string Muted = "595959";
        private const string Border = "BFBFBF";
        private const string FlagColour = "9A3A00";
        private const int BulletList = 1;
        private const long LogoMaxWidthEmu = 5L * 360000;
        private const long LogoMaxHeightEmu = 25L * 36000;

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
        private readonly List<(string Bookmark, string Text)> contents = [];
        private readonly Body body = new();
        private MainDocumentPart main = null!;
        private string headerId = string.Empty;
        private string footerId = string.Empty;
        private string landscapeFooterId = string.Empty;
        private string firstHeaderId = string.Empty;
        private string firstFooterId = string.Empty;
        private bool firstSection = true;
        private bool landscape;
        private bool atPageStart;
        private int bookmarkId;
        private uint drawingId;

        public Writer(StrategyDocument source, string[] languages, WordprocessingDocument package)
        {
            this.source = source;
            strategy = source.Strategy;
            this.package = package;
            this.languages = languages;
            bilingual = languages.Length > 1;
            accent = AccentOrDefault(source.AccentColour);
            accentText = MaturityReportDocx.TextColorOn(accent);
            tint = Tint(accent, 0.86);
            tintText = MaturityReportDocx.TextColorOn(tint);
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

        private int Width => landscape ? LandscapeTextWidth : TextWidth;

        public void Write()
        {
            main = package.AddMainDocumentPart();
            main.Document = new Document(body);
            AddPackageProperties();
            AddStyles();
            AddNumbering();
            AddHeadersAndFooters();

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

            WriteContents(contentsHeading);
            AddSettings();
            body.Append(CreateSectionProperties());
        }

        private void AddPackageProperties()
        {
            var properties = package.PackageProperties;
            properties.Title = TryText(strategy.Title, First, out var title) ? title : DocumentTexts.Strategy.Get(StrategyLabels.DocumentTitle, First);
            properties.Creator = MaturityReportDocx.ApplicationName;
            properties.Language = Tag(First);
            properties.Created = DateTime.UtcNow;
            properties.Modified = properties.Created;

            var extended = package.AddExtendedFilePropertiesPart();
            extended.Properties = new Ap.Properties(
                new Ap.Company(OrganisationName(First)),
                new Ap.Application(MaturityReportDocx.ApplicationName));
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
                Guid.TryParse(target, out var id) && source.HolderNames.TryGetValue(id, out var name) && MaturityReportDocx.Clean(name).Trim().Length > 0
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
            text is null || text.IsEmpty || text.Values.Values.All(v => MaturityReportDocx.Clean(v).Trim().Length == 0);

        private static bool TryText(LocalizedText? text, string language, out string value)
        {
            value = text?[language] is { } raw ? MaturityReportDocx.Clean(raw).Trim() : string.Empty;
            return value.Length > 0;
        }

        private string OrganisationName(string language) => MaturityReportDocx.Clean(source.OrganisationName?.Get(language)).Trim();

        // ---------------------------------------------------------------- title page and contents

        private void WriteTitlePage()
        {
            var logo = AddLogo();
            if (logo is not null)
            {
                body.Append(new Paragraph(new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0" } }, new Run(logo)));
            }

            body.Append(new Paragraph(new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = logo is null ? "3000" : "1800", After = "0" } }));
            foreach (var language in languages)
            {
                var organisation = OrganisationName(language);
                if (organisation.Length > 0)
                {
                    body.Append(Para("Subtitle", Text(organisation, language)));
                }

                var title = TryText(strategy.Title, language, out var t) ? t : DocumentTexts.Strategy.Get(StrategyLabels.DocumentTitle, language);
                body.Append(Para("Title", Text(title, language)));
                var version = source.VersionText is not null && source.VersionText.TryGetValue(language, out var v) ? MaturityReportDocx.Clean(v).Trim() : string.Empty;
                body.Append(Para("TitleDetail", Text(version.Length > 0 ? version : DocumentTexts.Strategy.Get(StrategyLabels.Draft, language), language)));
                if (bilingual)
                {
                    body.Append(new Paragraph(new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "480", After = "0" } }));
                }
            }
        }

        private Drawing? AddLogo()
        {
            if (ImageInfo(source.Logo) is not { } info)
            {
                return null;
            }

            var part = main.AddImagePart(info.Type);
            using (var data = new MemoryStream(source.Logo!, writable: false))
            {
                part.FeedData(data);
            }

            var scale = Math.Min((double)LogoMaxWidthEmu / info.Width, (double)LogoMaxHeightEmu / info.Height);
            var cx = Math.Max(1L, (long)(info.Width * scale));
            var cy = Math.Max(1L, (long)(info.Height * scale));
            var id = ++drawingId;
            var name = "Logo " + id.ToString(CultureInfo.InvariantCulture);
            return new Drawing(new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
                new DW.DocProperties { Id = id, Name = name, Description = OrganisationName(First) },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new Pic.Picture(
                        new Pic.NonVisualPictureProperties(
                            new Pic.NonVisualDrawingProperties { Id = 0U, Name = name },
                            new Pic.NonVisualPictureDrawingProperties()),
                        new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                        new Pic.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            });
        }

        private Paragraph ContentsHeading()
        {
            var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "TOCHeading" }, PageBreakBefore = new PageBreakBefore() });
            AppendJoined(paragraph, StrategyLabels.Contents);
            return paragraph;
        }

        /// <summary>
        /// One entry per chapter, linked to its heading, with the page number as a PAGEREF field. Not
        /// wrapped in a TOC field: LibreOffice keeps a TOC field's stored result as is (no page numbers in
        /// the PDF), whereas it lays PAGEREF fields out; Word fills them in when it updates fields on opening.
        /// </summary>
        private void WriteContents(Paragraph heading)
        {
            if (contents.Count == 0)
            {
                heading.Remove();
                return;
            }

            OpenXmlElement last = heading;
            for (var i = 0; i < contents.Count; i++)
            {
                var (bookmark, text) = contents[i];
                var paragraph = new Paragraph(new ParagraphProperties
                {
                    ParagraphStyleId = new ParagraphStyleId { Val = "TOC1" },
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth }),
                });
                paragraph.Append(new Hyperlink(
                    new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new TabChar()))
                {
                    Anchor = bookmark,
                    History = true,
                });
                paragraph.Append(FieldRuns($" PAGEREF {bookmark} \\h ", result: string.Empty));

                last = last.InsertAfterSelf(paragraph);
            }
        }

        private static Run[] FieldRuns(string instruction, string result) =>
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new W.Text(result) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];

        // ---------------------------------------------------------------- sections

        /// <summary>A chapter heading (Heading 1, bookmarked for the contents); "Objectifs / Doelstellingen" in two languages.</summary>
        private void Chapter(string key)
        {
            var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Heading1" } };
            if (!atPageStart)
            {
                properties.PageBreakBefore = new PageBreakBefore();
            }

            var bookmark = "_Toc" + (100000 + (++bookmarkId)).ToString(CultureInfo.InvariantCulture);
            var id = bookmarkId.ToString(CultureInfo.InvariantCulture);
            var paragraph = new Paragraph(properties, new BookmarkStart { Id = id, Name = bookmark });
            AppendJoined(paragraph, key);
            paragraph.Append(new BookmarkEnd { Id = id });
            body.Append(paragraph);
            contents.Add((bookmark, string.Join(" / ", languages.Select(l => DocumentTexts.Strategy.Get(key, l)).Distinct(StringComparer.Ordinal))));
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

            var widths = ColumnWidths(Width, Enumerable.Repeat(1, languages.Length).ToArray());
            var table = NewTable(widths, Width);
            table.Append(LanguageHeaderRow(widths));
            foreach (var block in blocks)
            {
                if (block.Title is not null)
                {
                    var row = new TableRow(new TableRowProperties(new CantSplit()));
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
            var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
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

            var widths = ColumnWidths(width, weights);
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
                var row = new TableRow(new TableRowProperties(new CantSplit()));
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
                        paragraph.Append(Text(string.Join("/", set), null, color: tintText == "000000" ? null : tintText));
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

            var legendWidths = ColumnWidths(width, Enumerable.Repeat(1, languages.Length).ToArray());
            var legendTable = NewTable(legendWidths, width);
            legendTable.Append(LanguageHeaderRow(legendWidths));
            var legendRow = new TableRow(new TableRowProperties(new CantSplit()));
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
        private Run[] Text(string text, string? language, bool bold = false, bool italic = false, string? color = null)
        {
            var run = new Run();
            var tag = bilingual && language is not null;
            if (bold || italic || color is not null || tag)
            {
                var properties = new RunProperties();
                if (bold)
                {
                    properties.Bold = new Bold();
                }

                if (italic)
                {
                    properties.Italic = new Italic();
                }

                if (color is not null)
                {
                    properties.Color = new Color { Val = color };
                }

                if (tag)
                {
                    properties.Languages = new W.Languages { Val = tags[language!] };
                }

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

            return [run];
        }

        /// <summary>The text in the language, or "Not translated" in italics when it has none there.</summary>
        private Run[] Localized(LocalizedText? text, string language, bool bold = false, string? color = null) =>
            TryText(text, language, out var value) ? Text(value, language, bold, color: color) : NotTranslated(language, bold);

        private Run[] NotTranslated(string language, bool bold = false) =>
            Text(DocumentTexts.Strategy.Get(StrategyLabels.NotTranslated, language), language, bold, italic: true, color: Muted);

        private static Paragraph Para(string style, params IEnumerable<OpenXmlElement> content)
        {
            var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });
            paragraph.Append(content);
            return paragraph;
        }

        /// <summary>A bullet; its indentation comes from the numbering level, its spacing from the style.</summary>
        private static Paragraph ListPara(bool inCell, int level, IEnumerable<OpenXmlElement> content)
        {
            var paragraph = new Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = inCell ? "CellBullet" : "ListBullet" },
                NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = BulletList }),
            });
            paragraph.Append(content);
            return paragraph;
        }

        private void SetOrientation(bool wanted)
        {
            if (wanted == landscape)
            {
                return;
            }

            body.Append(new Paragraph(new ParagraphProperties { SectionProperties = CreateSectionProperties() }));
            landscape = wanted;
            atPageStart = true;
        }

        private static int[] ColumnWidths(int width, int[] weights)
        {
            var total = weights.Sum();
            var widths = weights.Select(w => width * w / total).ToArray();
            widths[^1] += width - widths.Sum();
            return widths;
        }

        private static Table NewTable(int[] widths, int width) => new(
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
                    TopMargin = new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    TableCellLeftMargin = new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    BottomMargin = new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa },
                },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        private static TableCell Cell(int width, List<Paragraph> paragraphs, string? fill = null, bool rotate = false, bool center = false)
        {
            var properties = new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            };
            if (fill is not null)
            {
                properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
            }

            if (rotate)
            {
                properties.TextDirection = new TextDirection { Val = TextDirectionValues.BottomToTopLeftToRight };
            }

            if (rotate || center)
            {
                properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = rotate ? TableVerticalAlignmentValues.Bottom : TableVerticalAlignmentValues.Center };
            }

            var cell = new TableCell(properties);
            cell.Append(paragraphs.Count > 0 ? paragraphs : [new Paragraph()]);
            return cell;
        }

        // ---------------------------------------------------------------- parts

        private void AddHeadersAndFooters()
        {
            var header = main.AddNewPart<HeaderPart>();
            var organisation = languages.Select(OrganisationName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            header.Header = new Header(Para("Header", Text(string.Join(" / ", organisation), bilingual ? null : First)));
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
            var title = TryText(strategy.Title, First, out var t) ? t : DocumentTexts.Strategy.Get(StrategyLabels.DocumentTitle, First);
            var page = string.Join(" / ", languages.Select(l => DocumentTexts.Strategy.Get(StrategyLabels.Page, l)).Distinct(StringComparer.Ordinal));
            var footer = main.AddNewPart<FooterPart>();
            var paragraph = new Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = "Footer" },
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth }),
            });
            paragraph.Append(Text(title, First));
            paragraph.Append(new Run(new TabChar()));
            paragraph.Append(Text(page + " ", null));
            paragraph.Append(FieldRuns(" PAGE ", "1"));
            paragraph.Append(Text(" / ", null));
            paragraph.Append(FieldRuns(" NUMPAGES ", "1"));
            footer.Footer = new Footer(paragraph);
            return main.GetIdOfPart(footer);
        }

        /// <summary>A4 section properties for the current orientation; the first section also has the title page (no header or footer).</summary>
        private SectionProperties CreateSectionProperties()
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

        private void AddSettings()
        {
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(
                new Zoom { Percent = "100" },
                new DefaultTabStop { Val = 708 },
                new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new UpdateFieldsOnOpen { Val = contents.Count > 0 },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }),
                new ThemeFontLanguages { Val = Tag(First) });
        }

        private void AddNumbering()
        {
            static Level Bullet(int level, string symbol) => new(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = symbol },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (425 * (level + 1)).ToString(CultureInfo.InvariantCulture), Hanging = "284" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }))
            { LevelIndex = level };

            var levels = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, Bullet(0, "•"), Bullet(1, "–")) { AbstractNumberId = BulletList };
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(levels, new NumberingInstance(new AbstractNumId { Val = BulletList }) { NumberID = BulletList });
            levels.Descendants<NumberingSymbolRunProperties>().ToList().ForEach(p => p.Append(new Color { Val = accent }));
        }

        private void AddStyles()
        {
            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            var tag = Tag(First);
            var styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle
                    {
                        RunFonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Calibri", ComplexScript = "Calibri" },
                        FontSize = new FontSize { Val = "21" },
                        FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
                        Languages = new W.Languages { Val = tag, Bidi = tag },
                    }),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                    {
                        SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                    })));

            styles.Append(
                Style("Normal", "Normal", null, null, null, isDefault: true),
                Style(
                    "Title",
                    "Title",
                    "Normal",
                    new StyleParagraphProperties
                    {
                        ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = accent } },
                        SpacingBetweenLines = new SpacingBetweenLines { After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    },
                    StyleRun(accent, 56, bold: false, font: "Calibri Light")),
                Style("Subtitle", "Subtitle", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "120" } }, StyleRun(accent, 30)),
                Style("TitleDetail", "Title detail", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "80" } }, StyleRun(Muted, 24)),
                Heading(1, 32, before: 240, after: 200),
                Heading(2, 26, before: 320, after: 120),
                Style(
                    "TOCHeading",
                    "TOC Heading",
                    "Normal",
                    new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "240" } },
                    StyleRun(accent, 32, bold: true)),
                Style("TOC1", "toc 1", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "100" } }, null),
                Style(
                    "FieldLabel",
                    "Field label",
                    "Normal",
                    new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "40" } },
                    StyleRun(accent, 19, bold: true)),
                Style("CellLabel", "Cell label", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "40" } }, StyleRun(accent, 19, bold: true)),
                Style("ListBullet", "List Bullet", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "40" } }, null),
                Style("CellBullet", "Cell bullet", "CellText", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "40" } }, null),
                Style(
                    "RaciLetter",
                    "RACI letter",
                    "CellText",
                    new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0" }, Justification = new Justification { Val = JustificationValues.Center } },
                    StyleRun(null, 20, bold: true)),
                Style("CellText", "Cell text", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "60", Line = "252", LineRule = LineSpacingRuleValues.Auto } }, StyleRun(null, 20)),
                Style("CellTextSmall", "Cell text small", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto } }, StyleRun(null, 17)),
                Style(
                    "Caption",
                    "caption",
                    "Normal",
                    new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "200", After = "80" } },
                    new StyleRunProperties { Italic = new Italic(), Color = new Color { Val = Muted }, FontSize = new FontSize { Val = "18" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "18" } }),
                Style(
                    "Header",
                    "header",
                    "Normal",
                    new StyleParagraphProperties
                    {
                        ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Border } },
                        SpacingBetweenLines = new SpacingBetweenLines { After = "0" },
                        Justification = new Justification { Val = JustificationValues.Right },
                    },
                    StyleRun(Muted, 16)),
                Style("Footer", "footer", "Normal", new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0" } }, StyleRun(Muted, 16)));

            stylesPart.Styles = styles;
        }

        private Style Heading(int level, int halfPoints, int before, int after)
        {
            var number = level.ToString(CultureInfo.InvariantCulture);
            return Style(
                "Heading" + number,
                "heading " + number,
                "Normal",
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) },
                    OutlineLevel = new OutlineLevel { Val = level - 1 },
                },
                StyleRun(accent, halfPoints, bold: true));
        }

        private static StyleRunProperties StyleRun(string? color, int halfPoints, bool bold = false, string? font = null)
        {
            var size = halfPoints.ToString(CultureInfo.InvariantCulture);
            var properties = new StyleRunProperties();
            if (font is not null)
            {
                properties.RunFonts = new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font };
            }

            if (bold)
            {
                properties.Bold = new Bold();
                properties.BoldComplexScript = new BoldComplexScript();
            }

            if (color is not null)
            {
                properties.Color = new Color { Val = color };
            }

            properties.FontSize = new FontSize { Val = size };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
            return properties;
        }

        private static Style Style(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
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
