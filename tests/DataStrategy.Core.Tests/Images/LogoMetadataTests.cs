using System.Text;
using DataStrategy.Core.Images;

namespace DataStrategy.Core.Tests.Images;

/// <summary>Logos are kept without the metadata cameras and editors write (GPS position, camera, author, comments).</summary>
public class LogoMetadataTests
{
    private static readonly HashSet<string> ImageChunks = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs"];

    private static void AssertNoMetadataWords(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        foreach (var word in TestImages.MetadataWords)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Strip_JpegFromACamera_DropsExifGpsXmpIptcAndTheComment_AndKeepsThePixelsAndTheColourProfile()
    {
        var original = TestImages.JpegWithMetadata();
        Assert.Contains(TestImages.JpegSegments(original), s => s.Marker == 0xE1);

        var stripped = LogoMetadata.Strip(original)!;

        var segments = TestImages.JpegSegments(stripped);
        Assert.DoesNotContain(segments, s => s.Marker is 0xE1 or 0xED or 0xFE);
        Assert.Contains(segments, s => s.Marker == 0xE2 && s.Body.SequenceEqual(TestImages.IccSegmentBody));
        AssertNoMetadataWords(stripped);
        Assert.Equal(TestImages.Pixels(original), TestImages.Pixels(stripped));
        Assert.True(LogoImage.Inspect(stripped).IsValid);
        Assert.Equal(stripped, LogoMetadata.Strip(stripped));
    }

    [Fact]
    public void Strip_JpegTurnedByItsExif_KeepsOnlyTheOrientation()
    {
        var stripped = LogoMetadata.Strip(TestImages.JpegWithMetadata(orientation: 6))!;

        var exif = Assert.Single(TestImages.JpegSegments(stripped), s => s.Marker == 0xE1);
        // "Exif\0\0", a big-endian TIFF header, one entry (0x0112, SHORT, 1, 6) and no next directory: nothing else.
        byte[] expected = [.. "Exif\0\0"u8, .. "MM"u8, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        Assert.Equal(expected, exif.Body);
        foreach (var word in TestImages.MetadataWords.Where(w => w != "Exif"))
        {
            Assert.DoesNotContain(word, Encoding.Latin1.GetString(stripped), StringComparison.Ordinal);
        }

        Assert.True(LogoImage.Inspect(stripped).IsValid);
    }

    [Fact]
    public void Strip_PngWithExifTextXmpAndTimeChunks_KeepsOnlyTheImageChunks_AndThePixels()
    {
        var original = TestImages.PngWithMetadata();
        Assert.Contains("eXIf", TestImages.PngChunks(original));

        var stripped = LogoMetadata.Strip(original)!;

        var chunks = TestImages.PngChunks(stripped);
        Assert.All(chunks, c => Assert.Contains(c, ImageChunks));
        Assert.Equal("IHDR", chunks[0]);
        Assert.Equal("IEND", chunks[^1]);
        AssertNoMetadataWords(stripped);
        Assert.Equal(TestImages.Pixels(original), TestImages.Pixels(stripped));
        Assert.True(LogoImage.Inspect(stripped).IsValid);
    }

    [Theory]
    [InlineData("not an image")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    public void Strip_NotPngOrJpeg_IsNull(string content)
    {
        Assert.Null(LogoMetadata.Strip(Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void Strip_TruncatedFiles_AreNullNotAnException()
    {
        var jpeg = TestImages.JpegWithMetadata();
        var png = TestImages.PngWithMetadata();

        for (var length = 0; length < jpeg.Length; length += 3)
        {
            Assert.Null(LogoMetadata.Strip(jpeg[..length]));
        }

        for (var length = 0; length < png.Length; length += 3)
        {
            Assert.Null(LogoMetadata.Strip(png[..length]));
        }
    }

    [Fact]
    public void Strip_ExifWhoseDirectoryPointsOutside_IsDroppedWithoutAnException()
    {
        var jpeg = TestImages.JpegWithMetadata();
        // SOI, the APP1 marker and length, "Exif\0\0", then the TIFF header at 12: its IFD0 offset (bytes 4–7) now points far beyond the segment.
        Assert.Equal("MM"u8.ToArray(), jpeg[12..14]);
        jpeg[16] = 0x7F;

        var stripped = LogoMetadata.Strip(jpeg)!;

        Assert.DoesNotContain(TestImages.JpegSegments(stripped), s => s.Marker == 0xE1);
    }
}
