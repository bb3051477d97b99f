using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>
/// A4 pages with 2.2 cm side margins and 2.5 cm top and bottom, portrait or landscape, a running
/// header and a footer with the page number; the first page (the title page) has neither.
/// Every section break the document makes comes from here, so each section gets the right footer.
/// </summary>
internal sealed class DocxPages
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int SideMargin = 1247;
    public const int VerticalMargin = 1418;
    public const int TextWidth = PageWidth - (2 * SideMargin);
    public const int LandscapeTextWidth = PageHeight - (2 * VerticalMargin);

    private readonly string headerId;
    private readonly string footerId;
    private readonly string landscapeFooterId;
    private readonly string firstHeaderId;
    private readonly string firstFooterId;
    private bool firstSection = true;

    /// <summary>Adds the header and footer parts.</summary>
    /// <param name="header">The running header's paragraph (its text in the "Header" style).</param>
    /// <param name="title">The document's title at the left of the footer, already as runs.</param>
    /// <param name="pageLabel">"Page" in the document's language(s), before the page number.</param>
    public DocxPages(MainDocumentPart main, Paragraph header, Func<Run> title, string pageLabel)
    {
        var headerPart = main.AddNewPart<HeaderPart>();
        headerPart.Header = new Header(header);
        headerId = main.GetIdOfPart(headerPart);
        footerId = AddFooter(main, TextWidth, title(), pageLabel);
        landscapeFooterId = AddFooter(main, LandscapeTextWidth, title(), pageLabel);

        var firstHeader = main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(new Paragraph());
        firstHeaderId = main.GetIdOfPart(firstHeader);
        var firstFooter = main.AddNewPart<FooterPart>();
        firstFooter.Footer = new Footer(new Paragraph());
        firstFooterId = main.GetIdOfPart(firstFooter);
    }

    /// <summary>The properties of a section that ends here; the first section also has the title page.</summary>
    public SectionProperties Section(bool landscape)
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

    /// <summary>An empty paragraph that ends the section before it (what follows starts on a new page).</summary>
    public Paragraph SectionBreak(bool landscape) => new(new ParagraphProperties { SectionProperties = Section(landscape) });

    /// <summary>Title, then "Page n / m" against the right margin.</summary>
    private static string AddFooter(MainDocumentPart main, int textWidth, Run title, string pageLabel)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = "Footer" },
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth }),
        });
        paragraph.Append(title, new Run(new TabChar()), DocxText.Run(pageLabel + " "));
        paragraph.Append(DocxText.Field(" PAGE ", "1"));
        paragraph.Append(DocxText.Run(" / "));
        paragraph.Append(DocxText.Field(" NUMPAGES ", "1"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(paragraph);
        return main.GetIdOfPart(footer);
    }
}
