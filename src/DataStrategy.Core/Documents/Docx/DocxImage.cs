using System.Buffers.Binary;
using DocumentFormat.OpenXml.Packaging;

namespace DataStrategy.Core.Documents.Docx;

/// <summary>What a picture is, read from its bytes: Word needs the part's type and the picture's size.</summary>
internal static class DocxImage
{
    /// <summary>The image's type and pixel size from its bytes (PNG or baseline/progressive JPEG); null for anything else.</summary>
    public static (PartTypeInfo Type, int Width, int Height)? Info(byte[]? bytes)
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
}
