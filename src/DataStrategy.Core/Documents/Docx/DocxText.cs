using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>
/// Text in a Word document: runs, paragraphs, headings, list items and fields. User text is always
/// written as literal text, never parsed as markup. Content is taken as an array, not as an
/// IEnumerable: every OpenXmlElement is itself an IEnumerable of its children, so a lone run would
/// otherwise be taken for the list of its own texts.
/// </summary>
internal static class DocxText
{
    /// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) and normalises line breaks to "\n".</summary>
    public static string Clean(string? text)
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

    /// <summary>Run properties for the formatting asked for, or null when none is (a plain run carries no properties).</summary>
    /// <param name="language">The run's language tag; screen readers switch voice on it.</param>
    public static RunProperties? Format(bool bold = false, bool italic = false, string? color = null, string? language = null)
    {
        if (!bold && !italic && color is null && language is null)
        {
            return null;
        }

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

        if (language is not null)
        {
            properties.Languages = new W.Languages { Val = language };
        }

        return properties;
    }

    /// <summary>One run of already cleaned text: line breaks become breaks and tabs become tabs, so that Word shows them.</summary>
    public static Run Run(string text, RunProperties? properties = null)
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

    /// <summary>A paragraph in a style (none: the document's Normal style).</summary>
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } });
        }

        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>An empty paragraph that only makes room (on a title page).</summary>
    public static Paragraph Spacer(string before, string after = "0") =>
        new(new ParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after } });

    /// <summary>The properties of a heading paragraph (style "Heading1"…): its outline level makes it a PDF bookmark and a navigation entry.</summary>
    public static ParagraphProperties HeadingProperties(int level, bool pageBreakBefore)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Heading" + level.ToString(CultureInfo.InvariantCulture) } };
        if (pageBreakBefore)
        {
            properties.PageBreakBefore = new PageBreakBefore();
        }

        return properties;
    }

    /// <summary>A list item: its indentation comes from the numbering level, its spacing from the style.</summary>
    public static Paragraph ListItem(string style, int numberingId, int level, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = style },
            NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId }),
        });
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A complex field (PAGE, NUMPAGES, PAGEREF …) with the result shown until Word or LibreOffice updates it.</summary>
    public static Run[] Field(string instruction, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new W.Text(result) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
