using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace DataStrategy.Core.Images;

/// <summary>
/// Recognises a logo by its bytes, never by its name or declared type, and checks its structure:
/// a PNG's chunks (with their CRCs) and its compressed pixels, which must inflate to exactly the
/// size its header announces; a JPEG's segments from SOI to a final EOI. A file served back to
/// browsers as an image must be nothing but that image.
/// </summary>
/// <remarks>
/// Checked by hand, not by SkiaSharp's decoder as photos are: a logo is kept and served as uploaded
/// (a photo is re-encoded), and SKCodec decodes a PNG or JPEG followed by anything (an HTML
/// polyglot) and a PNG with surplus compressed rows as a success. It also declines to open a
/// header beyond libpng's or libjpeg's own limits, which would turn "too many pixels" into
/// "damaged", and decodes a PNG only whole (64 MB for 4000 × 4000) where the check below streams.
/// </remarks>
public static class LogoImage
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxSide = 4000;

    private static readonly uint[] CrcTable = BuildCrcTable();

    public static LogoCheck Inspect(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0)
        {
            return new LogoCheck(LogoProblem.Empty);
        }

        if (data.Length > MaxBytes)
        {
            return new LogoCheck(LogoProblem.TooLarge);
        }

        return ImageSignature.Of(data) switch
        {
            SKEncodedImageFormat.Png => InspectPng(data),
            SKEncodedImageFormat.Jpeg => InspectJpeg(data),
            _ => new LogoCheck(LogoProblem.NotPngOrJpeg),
        };
    }

    private static LogoCheck InspectPng(byte[] data)
    {
        var damaged = new LogoCheck(LogoProblem.Damaged, LogoFormat.Png);
        var position = ImageSignature.PngLength;
        int width = 0, height = 0, bitDepth = 0, colourType = 0, interlace = 0;
        var seenHeader = false;
        var seenPalette = false;
        var seenData = false;
        var dataEnded = false;
        using var compressed = new MemoryStream();
        while (true)
        {
            if (data.Length - position < 12)
            {
                return damaged;
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position));
            if (length > (uint)(data.Length - position - 12))
            {
                return damaged;
            }

            var type = data.AsSpan(position + 4, 4);
            var body = data.AsSpan(position + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position + 8 + (int)length));
            if (!IsChunkType(type) || Crc(data.AsSpan(position + 4, 4 + (int)length)) != crc)
            {
                return damaged;
            }

            position += 12 + (int)length;
            var name = System.Text.Encoding.ASCII.GetString(type);
            if (!seenHeader)
            {
                if (name != "IHDR" || length != 13)
                {
                    return damaged;
                }

                var w = BinaryPrimitives.ReadUInt32BigEndian(body);
                var h = BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                (bitDepth, colourType, interlace) = (body[8], body[9], body[12]);
                if (w == 0 || h == 0 || w > int.MaxValue || h > int.MaxValue || !ValidDepth(colourType, bitDepth) || body[10] != 0 || body[11] != 0 || interlace > 1)
                {
                    return damaged;
                }

                if (w > MaxSide || h > MaxSide)
                {
                    return new LogoCheck(LogoProblem.TooManyPixels, LogoFormat.Png, (int)Math.Min(w, int.MaxValue), (int)Math.Min(h, int.MaxValue));
                }

                (width, height, seenHeader) = ((int)w, (int)h, true);
                continue;
            }

            switch (name)
            {
                case "IHDR":
                    return damaged;
                case "PLTE":
                    if (seenData || seenPalette || length % 3 != 0 || length == 0)
                    {
                        return damaged;
                    }

                    seenPalette = true;
                    break;
                case "IDAT":
                    if (dataEnded)
                    {
                        return damaged;
                    }

                    seenData = true;
                    compressed.Write(body);
                    break;
                case "IEND":
                    if (length != 0 || position != data.Length || !seenData || (colourType == 3 && !seenPalette))
                    {
                        return damaged;
                    }

                    return PixelsInflate(compressed, width, height, bitDepth, colourType, interlace)
                        ? new LogoCheck(LogoProblem.None, LogoFormat.Png, width, height)
                        : damaged;
                default:
                    // An unknown critical chunk (upper-case first letter) cannot be skipped by a decoder.
                    if (char.IsUpper(name[0]))
                    {
                        return damaged;
                    }

                    break;
            }

            if (seenData && name != "IDAT")
            {
                dataEnded = true;
            }
        }
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (!((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ValidDepth(int colourType, int depth) => colourType switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        2 or 4 or 6 => depth is 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        _ => false,
    };

    /// <summary>Inflates the image data and checks it is exactly the scanlines the header announces, each with a valid filter byte.</summary>
    private static bool PixelsInflate(MemoryStream compressed, int width, int height, int bitDepth, int colourType, int interlace)
    {
        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var bitsPerPixel = (long)channels * bitDepth;
        var rows = new List<(long Count, long Bytes)>();
        if (interlace == 0)
        {
            rows.Add((height, 1 + (((width * bitsPerPixel) + 7) / 8)));
        }
        else
        {
            int[] startX = [0, 4, 0, 2, 0, 1, 0], startY = [0, 0, 4, 0, 2, 0, 1], stepX = [8, 8, 4, 4, 2, 2, 1], stepY = [8, 8, 8, 4, 4, 2, 2];
            for (var pass = 0; pass < 7; pass++)
            {
                long passWidth = width > startX[pass] ? (width - startX[pass] + stepX[pass] - 1) / stepX[pass] : 0;
                long passHeight = height > startY[pass] ? (height - startY[pass] + stepY[pass] - 1) / stepY[pass] : 0;
                if (passWidth > 0 && passHeight > 0)
                {
                    rows.Add((passHeight, 1 + (((passWidth * bitsPerPixel) + 7) / 8)));
                }
            }
        }

        compressed.Position = 0;
        try
        {
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            var buffer = new byte[81920];
            var group = 0;
            long rowInGroup = 0, offsetInRow = 0;
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var i = 0; i < read;)
                {
                    if (group >= rows.Count)
                    {
                        return false;
                    }

                    var (count, bytes) = rows[group];
                    if (offsetInRow == 0 && buffer[i] > 4)
                    {
                        return false;
                    }

                    var take = (int)Math.Min(read - i, bytes - offsetInRow);
                    i += take;
                    offsetInRow += take;
                    if (offsetInRow == bytes)
                    {
                        offsetInRow = 0;
                        if (++rowInGroup == count)
                        {
                            rowInGroup = 0;
                            group++;
                        }
                    }
                }
            }

            return group == rows.Count && offsetInRow == 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static LogoCheck InspectJpeg(byte[] data)
    {
        var damaged = new LogoCheck(LogoProblem.Damaged, LogoFormat.Jpeg);
        var position = 2;
        int width = 0, height = 0;
        var seenFrame = false;
        while (true)
        {
            if (position >= data.Length || data[position] != 0xFF)
            {
                return damaged;
            }

            while (position < data.Length && data[position] == 0xFF)
            {
                position++;
            }

            if (position >= data.Length)
            {
                return damaged;
            }

            var marker = data[position++];
            if (marker == 0xD9)
            {
                // EOI before any scan, or the end of the file after one.
                return seenFrame && position == data.Length && width > 0 && height > 0 ? Sized(width, height) : damaged;
            }

            if (marker is 0x00 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                return damaged;
            }

            if (marker == 0x01)
            {
                continue;
            }

            if (data.Length - position < 2)
            {
                return damaged;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position));
            if (length < 2 || length > data.Length - position)
            {
                return damaged;
            }

            var segment = data.AsSpan(position + 2, length - 2);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (seenFrame || segment.Length < 6)
                {
                    return damaged;
                }

                height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                var components = segment[5];
                if (segment[0] is not (8 or 12) || width == 0 || height == 0 || components is 0 or > 4 || segment.Length != 6 + (3 * components))
                {
                    return damaged;
                }

                if (width > MaxSide || height > MaxSide)
                {
                    return new LogoCheck(LogoProblem.TooManyPixels, LogoFormat.Jpeg, width, height);
                }

                seenFrame = true;
            }

            position += length;
            if (marker == 0xDA)
            {
                if (!seenFrame)
                {
                    return damaged;
                }

                // Entropy-coded data: skip to the next marker that is neither a stuffed byte nor a restart.
                while (true)
                {
                    if (position >= data.Length - 1)
                    {
                        return damaged;
                    }

                    if (data[position] == 0xFF && data[position + 1] != 0x00 && data[position + 1] is not (>= 0xD0 and <= 0xD7) && data[position + 1] != 0xFF)
                    {
                        break;
                    }

                    position++;
                }
            }
        }

        LogoCheck Sized(int w, int h) => new(LogoProblem.None, LogoFormat.Jpeg, w, h);
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
