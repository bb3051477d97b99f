using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace DataStrategy.Core.Tests.Images;

public static class TestImages
{
    /// <summary>A PNG whose header announces <paramref name="width"/> × <paramref name="height"/> over one tiny compressed row: a decompression bomb's shape.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        (header[8], header[9]) = (8, 2);
        Chunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (width * 3)]);
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>Words that the metadata of <see cref="JpegWithMetadata"/> and <see cref="PngWithMetadata"/> contain, and the pixels do not.</summary>
    public static IReadOnlyList<string> MetadataWords { get; } = ["Canon", "Jan Fotograaf", "Grand-Place", "ns.adobe.com", "Photoshop", "Exif"];

    /// <summary>
    /// A JPEG as a camera or an editor writes it: EXIF (camera make and model, <paramref name="orientation"/>, a GPS
    /// position in Brussels), XMP naming its author, an IPTC by-line, a comment, and a colour profile.
    /// </summary>
    public static byte[] JpegWithMetadata(int width = 32, int height = 16, int orientation = 1)
    {
        var plain = Encode(width, height, SKEncodedImageFormat.Jpeg);
        using var output = new MemoryStream();
        output.Write(plain, 0, 2);
        Segment(output, 0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]);
        Segment(output, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>Jan Fotograaf</dc:creator></x:xmpmeta>"u8]);
        Segment(output, 0xED, [.. "Photoshop 3.0\0"u8, .. "8BIM"u8, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x12, 0x1C, 0x02, 0x50, 0x00, 0x0D, .. "Jan Fotograaf"u8]);
        Segment(output, 0xFE, [.. "Taken on the Grand-Place"u8]);
        Segment(output, 0xE2, IccSegmentBody);
        output.Write(plain, 2, plain.Length - 2);
        return output.ToArray();
    }

    /// <summary>The body of the APP2 colour profile segment <see cref="JpegWithMetadata"/> carries (a stand-in profile).</summary>
    public static byte[] IccSegmentBody { get; } = [.. "ICC_PROFILE\0"u8, 0x01, 0x01, .. "not a real profile, kept as it is"u8];

    /// <summary>A PNG with EXIF (GPS), text, XMP and time chunks around its image chunks.</summary>
    public static byte[] PngWithMetadata(int width = 32, int height = 16)
    {
        var plain = Encode(width, height, SKEncodedImageFormat.Png);
        using var output = new MemoryStream();
        output.Write(plain, 0, 8);
        var ihdrLength = 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(plain.AsSpan(8));
        output.Write(plain, 8, ihdrLength);
        Chunk(output, "eXIf", Tiff(1));
        Chunk(output, "tEXt", [.. "Author\0Jan Fotograaf"u8]);
        Chunk(output, "iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. "<x:xmpmeta><dc:creator>Jan Fotograaf</dc:creator></x:xmpmeta>"u8]);
        Chunk(output, "tIME", [0x07, 0xEA, 0x05, 0x11, 0x0C, 0x00, 0x00]);
        Chunk(output, "zTXt", [.. "Comment\0"u8, 0x00, 0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        output.Write(plain, 8 + ihdrLength, plain.Length - 8 - ihdrLength);
        return output.ToArray();
    }

    /// <summary>The segments of a JPEG before its first scan, as (marker, body).</summary>
    public static List<(byte Marker, byte[] Body)> JpegSegments(byte[] jpeg)
    {
        var segments = new List<(byte, byte[])>();
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            segments.Add((marker, jpeg.AsSpan(position + 4, length - 2).ToArray()));
            if (marker == 0xDA)
            {
                break;
            }

            position += 2 + length;
        }

        return segments;
    }

    /// <summary>The chunk types of a PNG, in order.</summary>
    public static List<string> PngChunks(byte[] png)
    {
        var types = new List<string>();
        for (var position = 8; position + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            types.Add(Encoding.ASCII.GetString(png, position + 4, 4));
            position += 12 + length;
        }

        return types;
    }

    /// <summary>The decoded pixels, to show that removing metadata left the picture as it was.</summary>
    public static byte[] Pixels(byte[] encoded)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        return bitmap.Bytes;
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 8), (byte)(y * 16), 0x79));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static void Segment(Stream output, byte marker, byte[] body)
    {
        output.Write([0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)((body.Length + 2) & 0xFF)]);
        output.Write(body);
    }

    /// <summary>An EXIF (TIFF) block: IFD0 with make, model, orientation and a GPS IFD at 50°50'45.9"N 4°21'12.34"E.</summary>
    private static byte[] Tiff(int orientation)
    {
        var b = new byte[184];
        void U16(int at, int value) => BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at), (ushort)value);
        void U32(int at, uint value) => BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(at), value);
        void Entry(int at, int tag, int type, uint count, uint value)
        {
            U16(at, tag);
            U16(at + 2, type);
            U32(at + 4, count);
            U32(at + 8, value);
        }

        "MM"u8.CopyTo(b);
        U16(2, 42);
        U32(4, 8);
        U16(8, 4);
        Entry(10, 0x010F, 2, 6, 116);
        Entry(22, 0x0110, 2, 13, 122);
        Entry(34, 0x0112, 3, 1, (uint)orientation << 16);
        Entry(46, 0x8825, 4, 1, 62);
        U16(62, 4);
        Entry(64, 0x0001, 2, 2, 0x4E000000);
        Entry(76, 0x0002, 5, 3, 136);
        Entry(88, 0x0003, 2, 2, 0x45000000);
        Entry(100, 0x0004, 5, 3, 160);
        "Canon\0"u8.CopyTo(b.AsSpan(116));
        "Canon EOS 5D\0"u8.CopyTo(b.AsSpan(122));
        uint[] position = [50, 1, 50, 1, 4590, 100, 4, 1, 21, 1, 1234, 100];
        for (var i = 0; i < position.Length; i++)
        {
            U32(136 + (4 * i), position[i]);
        }

        return b;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)data.Length);
        output.Write(buffer);
        output.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer, crc ^ 0xFFFFFFFFu);
        output.Write(buffer);
    }
}
