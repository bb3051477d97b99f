using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>
/// Tables with fixed column widths (in twentieths of a point): Word and LibreOffice then lay them out
/// the same way, and a header row repeats on every page the table spans.
/// </summary>
internal static class DocxTable
{
    public const string BorderColor = "BFBFBF";

    /// <summary>Splits a width over columns in proportion to their weights; the last column takes what rounding leaves.</summary>
    public static int[] ColumnWidths(int width, IReadOnlyList<int> weights)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => width * w / total).ToArray();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    /// <summary>An empty table with thin grey borders and the given cell margins.</summary>
    /// <param name="caption">The table's accessible name (tblCaption), read by screen readers and kept in tagged PDF.</param>
    public static Table Create(IReadOnlyList<int> widths, int width, int verticalMargin, int horizontalMargin, string? caption = null)
    {
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders
            {
                TopBorder = new TopBorder { Val = BorderValues.Single, Size = 4, Color = BorderColor },
                LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4, Color = BorderColor },
                BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Color = BorderColor },
                RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4, Color = BorderColor },
                InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = BorderColor },
                InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = BorderColor },
            },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TopMargin = new TopMargin { Width = Twips(verticalMargin), Type = TableWidthUnitValues.Dxa },
                TableCellLeftMargin = new TableCellLeftMargin { Width = (short)horizontalMargin, Type = TableWidthValues.Dxa },
                BottomMargin = new BottomMargin { Width = Twips(verticalMargin), Type = TableWidthUnitValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = (short)horizontalMargin, Type = TableWidthValues.Dxa },
            },
        };
        if (caption is not null)
        {
            properties.TableCaption = new TableCaption { Val = caption };
        }

        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
    }

    /// <summary>A row that never breaks across pages; a header row is repeated at the top of every page.</summary>
    public static TableRow Row(bool header = false) =>
        new(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit()));

    /// <summary>A cell of a fixed width; a cell without content gets an empty paragraph, which Word requires.</summary>
    /// <param name="upright">Text turned to read bottom to top (narrow column headers).</param>
    public static TableCell Cell(int width, IEnumerable<Paragraph> content, string? fill = null, TableVerticalAlignmentValues? align = null, bool upright = false)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
        };
        if (fill is not null)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
        }

        if (upright)
        {
            properties.TextDirection = new TextDirection { Val = TextDirectionValues.BottomToTopLeftToRight };
        }

        if (align is { } alignment)
        {
            properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = alignment };
        }

        var cell = new TableCell(properties);
        var paragraphs = content.ToList();
        cell.Append(paragraphs.Count > 0 ? paragraphs : [new Paragraph()]);
        return cell;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
