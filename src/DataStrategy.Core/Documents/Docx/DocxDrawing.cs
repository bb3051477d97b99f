using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>Pictures and charts placed in line with the text. Each has a description (alt text) for screen readers.</summary>
internal static class DocxDrawing
{
    public const long EmuPerCentimetre = 360000;

    /// <summary>A drawing in line with the text, <paramref name="cx"/> × <paramref name="cy"/> EMU.</summary>
    /// <param name="id">Unique within the document.</param>
    /// <param name="lockAspect">Word keeps the proportions when the drawing is resized (pictures).</param>
    public static Drawing Inline(uint id, long cx, long cy, DW.DocProperties properties, A.GraphicData graphic, bool lockAspect = false) =>
        new(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            properties,
            lockAspect ? new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }) : new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(graphic))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });

    /// <summary>
    /// A PNG or JPEG picture scaled to fit <paramref name="maxCx"/> × <paramref name="maxCy"/> EMU with its proportions kept;
    /// null (and nothing added to the package) for anything else.
    /// </summary>
    public static Drawing? Picture(MainDocumentPart main, byte[]? bytes, uint id, string name, long maxCx, long maxCy, string description)
    {
        if (DocxImage.Info(bytes) is not { } info)
        {
            return null;
        }

        var part = main.AddImagePart(info.Type);
        using (var data = new MemoryStream(bytes!, writable: false))
        {
            part.FeedData(data);
        }

        var scale = Math.Min((double)maxCx / info.Width, (double)maxCy / info.Height);
        var cx = Math.Max(1L, (long)(info.Width * scale));
        var cy = Math.Max(1L, (long)(info.Height * scale));
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = name },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        return Inline(
            id,
            cx,
            cy,
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" },
            lockAspect: true);
    }
}
