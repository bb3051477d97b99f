using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>What a picture is: Word needs the part's type and the picture's size.</summary>
internal static class DocxImage
{
    /// <summary>
    /// The image's type and pixel size (PNG or JPEG) from its header, read by SkiaSharp without
    /// decoding a pixel; null for anything else or anything SkiaSharp cannot open.
    /// </summary>
    public static (PartTypeInfo Type, int Width, int Height)? Info(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        PartTypeInfo? type = codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => ImagePartType.Png,
            SKEncodedImageFormat.Jpeg => ImagePartType.Jpeg,
            _ => null,
        };
        return type is { } partType && codec!.Info is { Width: > 0, Height: > 0 } info ? (partType, info.Width, info.Height) : null;
    }
}
