using System.Buffers.Binary;
using System.Text;

namespace DataStrategy.Core.Images;

/// <summary>
/// A logo without what cameras and editors write about a picture: EXIF (camera, date, GPS position, thumbnail), XMP,
/// IPTC and Photoshop blocks, comments and text chunks. Lossless: the image data, its colour profile and, for a JPEG,
/// its orientation are kept byte for byte (the orientation in a minimal EXIF block of its own, since browsers turn the
/// picture by it); every other block is dropped. Allow-lists, so a metadata block nobody thought of is dropped too.
/// </summary>
public static class LogoMetadata
{
    /// <summary>PNG chunks kept: the image, its transparency and how its colours are to be shown.</summary>
    private static readonly HashSet<string> PngChunksKept = new(StringComparer.Ordinal)
    {
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "cICP", "mDCV", "cLLI",
    };

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The logo without metadata; null when <paramref name="data"/> is not a PNG or JPEG whose blocks can be walked.</summary>
    public static byte[]? Strip(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.AsSpan().StartsWith(PngSignature))
        {
            return StripPng(data);
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? StripJpeg(data) : null;
    }

    private static byte[]? StripPng(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(PngSignature);
        var position = PngSignature.Length;
        while (data.Length - position >= 12)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position));
            if (length > (uint)(data.Length - position - 12))
            {
                return null;
            }

            var total = 12 + (int)length;
            var type = Encoding.ASCII.GetString(data, position + 4, 4);
            if (PngChunksKept.Contains(type))
            {
                output.Write(data, position, total);
            }

            position += total;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }

    private static byte[]? StripJpeg(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write([0xFF, 0xD8]);
        var position = 2;
        while (true)
        {
            if (position >= data.Length || data[position] != 0xFF)
            {
                return null;
            }

            while (position < data.Length && data[position] == 0xFF)
            {
                position++;
            }

            if (position >= data.Length)
            {
                return null;
            }

            var marker = data[position++];
            if (marker == 0xD9)
            {
                output.Write([0xFF, 0xD9]);
                return output.ToArray();
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write([0xFF, marker]);
                continue;
            }

            if (data.Length - position < 2)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position));
            if (length < 2 || length > data.Length - position)
            {
                return null;
            }

            var body = data.AsSpan(position + 2, length - 2);
            if (marker == 0xE1 && Orientation(body) is { } orientation and not 1)
            {
                output.Write(OrientationOnly(orientation));
            }
            else if (KeepSegment(marker, body))
            {
                output.Write([0xFF, marker]);
                output.Write(data, position, length);
            }

            position += length;
            if (marker == 0xDA)
            {
                // The entropy-coded data runs to the next marker that is neither a stuffed byte nor a restart.
                var start = position;
                while (true)
                {
                    if (position >= data.Length - 1)
                    {
                        return null;
                    }

                    if (data[position] == 0xFF && data[position + 1] is not 0x00 and not 0xFF and not (>= 0xD0 and <= 0xD7))
                    {
                        break;
                    }

                    position++;
                }

                output.Write(data, start, position - start);
            }
        }
    }

    /// <summary>APPn and comment segments are kept only when they say how to decode or show the pixels.</summary>
    private static bool KeepSegment(byte marker, ReadOnlySpan<byte> body) => marker switch
    {
        0xE0 => body.StartsWith("JFIF\0"u8),
        0xE2 => body.StartsWith("ICC_PROFILE\0"u8),
        0xEE => body.StartsWith("Adobe"u8),
        (>= 0xE0 and <= 0xEF) or 0xFE => false,
        _ => true,
    };

    /// <summary>The EXIF orientation (1–8) of an APP1 segment, or null when it holds none.</summary>
    private static int? Orientation(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith("Exif\0\0"u8))
        {
            return null;
        }

        var tiff = body[6..];
        if (tiff.Length < 8 || !(tiff.StartsWith("II"u8) || tiff.StartsWith("MM"u8)))
        {
            return null;
        }

        var little = tiff[0] == (byte)'I';
        int Read16(ReadOnlySpan<byte> at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(at) : BinaryPrimitives.ReadUInt16BigEndian(at);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (Read16(tiff[2..]) != 42 || ifd > (uint)(tiff.Length - 2))
        {
            return null;
        }

        var count = Read16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            // Tag 0x0112, type SHORT: the value sits in the first two bytes of the value field.
            if (Read16(tiff[entry..]) == 0x0112 && Read16(tiff[(entry + 2)..]) == 3)
            {
                var value = Read16(tiff[(entry + 8)..]);
                return value is >= 1 and <= 8 ? value : null;
            }
        }

        return null;
    }

    /// <summary>An APP1 segment holding one EXIF entry, the orientation, and nothing else.</summary>
    private static byte[] OrientationOnly(int orientation) =>
    [
        0xFF, 0xE1, 0x00, 0x22,
        (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0x00, 0x00,
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01,
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];
}
