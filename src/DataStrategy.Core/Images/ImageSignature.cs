using SkiaSharp;

namespace DataStrategy.Core.Images;

/// <summary>
/// What an upload claims to be, from its first bytes. Checked before any decoder sees the file, so
/// that a decoder can be held to the format the bytes announce (never a name or a declared type).
/// </summary>
internal static class ImageSignature
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static int PngLength => Png.Length;

    /// <summary>JPEG, PNG or WebP; null for anything else.</summary>
    public static SKEncodedImageFormat? Of(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return SKEncodedImageFormat.Jpeg;
        }

        if (data.StartsWith(Png))
        {
            return SKEncodedImageFormat.Png;
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return SKEncodedImageFormat.Webp;
        }

        return null;
    }
}
