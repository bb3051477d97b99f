using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>
/// A table of contents: one entry per bookmarked heading, linked to it, with the page number as a
/// PAGEREF field. Not wrapped in a TOC field: LibreOffice keeps a TOC field's stored result as is (no
/// page numbers in the PDF), whereas it lays PAGEREF fields out; Word fills them in when it updates
/// fields on opening (<see cref="DocxPackage.AddSettings"/>).
/// </summary>
internal sealed class DocxContents
{
    private readonly List<(string Bookmark, string Text)> entries = [];

    public int Count => entries.Count;

    /// <summary>Bookmarks the heading and lists it in the contents as <paramref name="text"/>.</summary>
    public void Add(Paragraph heading, string text)
    {
        var number = entries.Count + 1;
        var bookmark = "_Toc" + (100000 + number).ToString(CultureInfo.InvariantCulture);
        var id = number.ToString(CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = id, Name = bookmark };
        if (heading.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            heading.PrependChild(start);
        }

        heading.Append(new BookmarkEnd { Id = id });
        entries.Add((bookmark, text));
    }

    /// <summary>Writes the entries after the contents' heading, or removes the heading when there is nothing to list.</summary>
    public void WriteAfter(Paragraph heading, int textWidth)
    {
        if (entries.Count == 0)
        {
            heading.Remove();
            return;
        }

        OpenXmlElement last = heading;
        foreach (var (bookmark, text) in entries)
        {
            var paragraph = new Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = "TOC1" },
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = textWidth }),
            });
            paragraph.Append(new Hyperlink(
                new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new TabChar()))
            {
                Anchor = bookmark,
                History = true,
            });
            paragraph.Append(DocxText.Field($" PAGEREF {bookmark} \\h ", result: string.Empty));
            last = last.InsertAfterSelf(paragraph);
        }
    }
}
