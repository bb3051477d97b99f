using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>
/// Paragraph styles. Documents use real Word styles (Title, Heading 1…, caption, header, footer)
/// rather than direct formatting, so that Word's navigation, its contents and a tagged PDF know
/// what each paragraph is.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Calibri";
    public const string Muted = "595959";

    /// <summary>Adds the styles part: Calibri 10.5 pt in the document's language, then the styles.</summary>
    public static void Add(MainDocumentPart main, string language, params IEnumerable<Style> styles)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var all = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                    FontSize = new FontSize { Val = "21" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
                    Languages = new W.Languages { Val = language, Bidi = language },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle { SpacingBetweenLines = Lines(after: 120, line: 264) })));
        all.Append(styles);
        part.Styles = all;
    }

    public static Style Normal() => Paragraph("Normal", "Normal", null, null, null, isDefault: true);

    /// <summary>The running header (right-aligned over a thin rule) and footer, small and grey.</summary>
    public static Style[] PageHeaderAndFooter() =>
    [
        Paragraph(
            "Header",
            "header",
            "Normal",
            new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = DocxTable.BorderColor } },
                SpacingBetweenLines = Lines(after: 0),
                Justification = new Justification { Val = JustificationValues.Right },
            },
            Run(Muted, 16)),
        Paragraph("Footer", "footer", "Normal", Spacing(after: 0), Run(Muted, 16)),
    ];

    /// <summary>"Title": large Calibri Light over a thick rule.</summary>
    public static Style Title(string color, string ruleColor, int after) => Paragraph(
        "Title",
        "Title",
        "Normal",
        new StyleParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = ruleColor } },
            SpacingBetweenLines = Lines(after: after, line: 240),
        },
        Run(color, 56, font: "Calibri Light"));

    /// <summary>"Heading 1"…: kept with the next paragraph, with an outline level (navigation, contents, PDF bookmarks).</summary>
    public static Style Heading(int level, int halfPoints, string color, int before, int after)
    {
        var number = level.ToString(CultureInfo.InvariantCulture);
        return Paragraph(
            "Heading" + number,
            "heading " + number,
            "Normal",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = Lines(before, after),
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            Run(color, halfPoints, bold: true));
    }

    public static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
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

    /// <summary>A style's character formatting; sizes are in half-points.</summary>
    public static StyleRunProperties Run(string? color, int? halfPoints, bool bold = false, bool italic = false, string? font = null)
    {
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

        if (italic)
        {
            properties.Italic = new Italic();
        }

        if (color is not null)
        {
            properties.Color = new Color { Val = color };
        }

        if (halfPoints is { } size)
        {
            var text = size.ToString(CultureInfo.InvariantCulture);
            properties.FontSize = new FontSize { Val = text };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = text };
        }

        return properties;
    }

    /// <summary>A style's paragraph formatting that keeps the paragraph on the page of the next one (labels, captions).</summary>
    public static StyleParagraphProperties KeepWithNext(int before, int after) => new() { KeepNext = new KeepNext(), SpacingBetweenLines = Lines(before, after) };

    /// <summary>A style's paragraph formatting that is only spacing.</summary>
    public static StyleParagraphProperties Spacing(int? before = null, int? after = null, int? line = null) => new() { SpacingBetweenLines = Lines(before, after, line) };

    /// <summary>Spacing in twentieths of a point; a line height in 240ths of a line.</summary>
    public static SpacingBetweenLines Lines(int? before = null, int? after = null, int? line = null)
    {
        var spacing = new SpacingBetweenLines();
        if (before is { } b)
        {
            spacing.Before = b.ToString(CultureInfo.InvariantCulture);
        }

        if (after is { } a)
        {
            spacing.After = a.ToString(CultureInfo.InvariantCulture);
        }

        if (line is { } l)
        {
            spacing.Line = l.ToString(CultureInfo.InvariantCulture);
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }

        return spacing;
    }
}
