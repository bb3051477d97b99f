using System.Buffers.Binary;
using System.Text;
using DataStrategy.Core.Images;
using SkiaSharp;

namespace DataStrategy.Core.Tests.Images;

public sealed class PhotoImageTests
{
    private static byte[] Picture(int width, int height, SKEncodedImageFormat format, SKColor? colour = null)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(colour ?? SKColors.SteelBlue);
        using var paint = new SKPaint { Color = SKColors.Red };
        surface.Canvas.DrawRect(0, 0, width / 4f, height / 4f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Inserts an APP1 EXIF segment (orientation and a GPS pointer with a marker text) after the JPEG's SOI.</summary>
    private static byte[] WithExif(byte[] jpeg, ushort orientation)
    {
        var tiff = new List<byte>();
        tiff.AddRange("MM"u8.ToArray());
        tiff.AddRange(new byte[] { 0, 42, 0, 0, 0, 8 });
        // IFD0: 2 entries: Orientation (0x0112, SHORT) and an ASCII ImageDescription holding the "GPS" marker.
        tiff.AddRange(new byte[] { 0, 2 });
        tiff.AddRange(new byte[] { 0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0 });
        var marker = Encoding.ASCII.GetBytes("GPS 50.8503N 4.3517E secret\0");
        var offset = 8 + 2 + 24 + 4;
        tiff.AddRange(new byte[] { 0x01, 0x0E, 0, 2, 0, 0, 0, (byte)marker.Length, 0, 0, 0, (byte)offset });
        tiff.AddRange(new byte[] { 0, 0, 0, 0 });
        tiff.AddRange(marker);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        return jpeg[..2].Concat(new byte[] { 0xFF, 0xE1 }).Concat(length).Concat(payload).Concat(jpeg[2..]).ToArray();
    }

    [Fact]
    public void Process_ADisplayP3Photo_IsConvertedToSrgb_NotReadAsIf()
    {
        // A phone photo tagged Display P3: the same orange is stored as other numbers than in sRGB.
        using var p3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);
        using var surface = SKSurface.Create(new SKImageInfo(400, 300, SKColorType.Rgba8888, SKAlphaType.Premul, p3));
        surface.Canvas.Clear(new SKColor(200, 100, 50));
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 95);
        using (var raw = SKBitmap.Decode(encoded.ToArray()))
        {
            var stored = raw.GetPixel(200, 150);
            Assert.True(Math.Abs(stored.Red - 200) > 6 || Math.Abs(stored.Blue - 50) > 6, $"the P3 file stores {stored}: not a useful test");
        }

        var result = PhotoImage.Process(encoded.ToArray());

        Assert.True(result.IsValid, result.Problem.ToString());
        using var rendition = SKBitmap.Decode(result.Renditions[^1].Jpeg);
        var shown = rendition.GetPixel(rendition.Width / 2, rendition.Height / 2);
        Assert.True(Math.Abs(shown.Red - 200) <= 4 && Math.Abs(shown.Green - 100) <= 4 && Math.Abs(shown.Blue - 50) <= 4, $"shown as {shown}, expected about (200, 100, 50)");
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void Process_APhoto_GivesThreeJpegRenditionsNoWiderThanAsked(SKEncodedImageFormat format)
    {
        var result = PhotoImage.Process(Picture(2000, 1000, format));

        Assert.True(result.IsValid, result.Problem.ToString());
        Assert.Equal((2000, 1000), (result.Width, result.Height));
        Assert.Equal(["large", "medium", "small"], result.Renditions.Select(r => r.Size).ToArray());
        Assert.Equal([(1600, 800), (800, 400), (400, 200)], result.Renditions.Select(r => (r.Width, r.Height)).ToArray());
        foreach (var r in result.Renditions)
        {
            using var codec = SKCodec.Create(new MemoryStream(r.Jpeg));
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            Assert.Equal((r.Width, r.Height), (codec.Info.Width, codec.Info.Height));
        }
    }

    [Fact]
    public void Process_ASmallPhoto_IsNotEnlarged()
    {
        var result = PhotoImage.Process(Picture(300, 200, SKEncodedImageFormat.Png));

        Assert.True(result.IsValid, result.Problem.ToString());
        Assert.Equal([(300, 200), (300, 200), (300, 200)], result.Renditions.Select(r => (r.Width, r.Height)).ToArray());
    }

    [Fact]
    public void Process_ExifWithGpsText_IsDroppedFromEveryRendition()
    {
        var upload = WithExif(Picture(400, 300, SKEncodedImageFormat.Jpeg), 1);
        Assert.Contains("50.8503N", Encoding.Latin1.GetString(upload), StringComparison.Ordinal);

        var result = PhotoImage.Process(upload);

        Assert.True(result.IsValid, result.Problem.ToString());
        Assert.All(result.Renditions, r =>
        {
            var text = Encoding.Latin1.GetString(r.Jpeg);
            Assert.DoesNotContain("50.8503N", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Process_ExifOrientationRotated_IsAppliedToThePixels()
    {
        // Orientation 6: the camera was turned; the picture is shown rotated 90° clockwise.
        var result = PhotoImage.Process(WithExif(Picture(400, 200, SKEncodedImageFormat.Jpeg), 6));

        Assert.True(result.IsValid, result.Problem.ToString());
        Assert.Equal((200, 400), (result.Width, result.Height));
        using var bitmap = SKBitmap.Decode(result.Renditions[0].Jpeg);
        // The red quarter drawn top-left ends top-right once turned.
        Assert.True(bitmap.GetPixel(190, 10).Red > 200 && bitmap.GetPixel(190, 10).Blue < 80, bitmap.GetPixel(190, 10).ToString());
        Assert.True(bitmap.GetPixel(10, 10).Blue > 100, bitmap.GetPixel(10, 10).ToString());
    }

    [Fact]
    public void Process_AJpegWithAnArchiveAppended_KeepsOnlyTheImage()
    {
        var polyglot = Picture(300, 200, SKEncodedImageFormat.Jpeg).Concat("PK\u0003\u0004<html><script>alert(1)</script>"u8.ToArray()).ToArray();

        var result = PhotoImage.Process(polyglot);

        Assert.True(result.IsValid, result.Problem.ToString());
        Assert.All(result.Renditions, r => Assert.DoesNotContain("<script>", Encoding.Latin1.GetString(r.Jpeg), StringComparison.Ordinal));
    }

    public static TheoryData<string, PhotoProblem> Hostile => new()
    {
        { "empty", PhotoProblem.Empty },
        { "svg", PhotoProblem.NotAPhoto },
        { "html", PhotoProblem.NotAPhoto },
        { "gif", PhotoProblem.NotAPhoto },
        { "pdf", PhotoProblem.NotAPhoto },
        { "truncated-jpeg", PhotoProblem.Damaged },
        { "jpeg-signature-then-garbage", PhotoProblem.Damaged },
        { "png-signature-then-html", PhotoProblem.Damaged },
        { "bomb", PhotoProblem.TooManyPixels },
        { "one-pixel-high", PhotoProblem.TooSmall },
        { "over-10-mb", PhotoProblem.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Process_HostileFile_IsRefusedWithItsReason(string kind, PhotoProblem expected)
    {
        var jpeg = Picture(400, 300, SKEncodedImageFormat.Jpeg);
        var data = kind switch
        {
            "empty" => [],
            "svg" => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
            "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>"),
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x3B],
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"),
            "truncated-jpeg" => jpeg[..(jpeg.Length / 2)],
            "jpeg-signature-then-garbage" => [0xFF, 0xD8, 0xFF, .. Encoding.ASCII.GetBytes(new string('x', 500))],
            "png-signature-then-html" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>")],
            "bomb" => TestImages.PngHeaderOnly(40000, 40000),
            "one-pixel-high" => Picture(800, 1, SKEncodedImageFormat.Png),
            _ => new byte[PhotoImage.MaxBytes + 1],
        };

        var result = PhotoImage.Process(data);

        Assert.Equal(expected, result.Problem);
        Assert.Empty(result.Renditions);
    }
}
