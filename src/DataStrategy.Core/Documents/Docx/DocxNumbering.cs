using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>Bulleted and numbered lists: real Word numbering, so that lists are lists to a screen reader.</summary>
internal static class DocxNumbering
{
    /// <summary>Adds the numbering part with one list definition, and one list of the same ID, per entry.</summary>
    public static void Add(MainDocumentPart main, params IEnumerable<(int Id, MultiLevelValues Kind, Level[] Levels)> lists)
    {
        var all = lists.ToList();
        var numbering = new Numbering();
        foreach (var (id, kind, levels) in all)
        {
            var list = new AbstractNum(new MultiLevelType { Val = kind }) { AbstractNumberId = id };
            list.Append(levels);
            numbering.Append(list);
        }

        numbering.Append(all.Select(l => new NumberingInstance(new AbstractNumId { Val = l.Id }) { NumberID = l.Id }));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
    }

    /// <summary>A list level (0 = outermost), indented a quarter inch more per level, its symbol in the colour.</summary>
    public static Level Level(int level, NumberFormatValues format, string text, string color) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = (425 * (level + 1)).ToString(CultureInfo.InvariantCulture), Hanging = "284" }),
        new NumberingSymbolRunProperties(new RunFonts { Ascii = DocxStyles.Font, HighAnsi = DocxStyles.Font, ComplexScript = DocxStyles.Font }, new Color { Val = color }))
    { LevelIndex = level };
}
