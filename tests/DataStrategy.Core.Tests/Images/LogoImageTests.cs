using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DataStrategy.Core.Images;

namespace DataStrategy.Core.Tests.Images;

public class LogoImageTests
{
    // A real 16×16 baseline JPEG (CPython's test data, python.jpg).
    private const string Jpeg16 = "/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQIDBAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolvw4KOp1KM6iCNvngZHwetf//Z";

    [Fact]
    public void Inspect_ValidPng_ReturnsPngWithItsSize()
    {
        var check = LogoImage.Inspect(TestPng.Create(40, 20));

        Assert.Equal((LogoProblem.None, LogoFormat.Png, 40, 20, "image/png"), (check.Problem, check.Format, check.Width, check.Height, check.ContentType));
    }

    [Fact]
    public void Inspect_ValidJpeg_ReturnsJpegWithItsSize()
    {
        var check = LogoImage.Inspect(Convert.FromBase64String(Jpeg16));

        Assert.Equal((LogoProblem.None, LogoFormat.Jpeg, 16, 16, "image/jpeg"), (check.Problem, check.Format, check.Width, check.Height, check.ContentType));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;")]
    [InlineData("<html><body><script>alert(document.cookie)</script></body></html>")]
    [InlineData("BM6\u0000\u0000\u0000")]
    public void Inspect_OtherFormat_IsNotPngOrJpeg(string content)
    {
        Assert.Equal(LogoProblem.NotPngOrJpeg, LogoImage.Inspect(Encoding.Latin1.GetBytes(content)).Problem);
    }

    [Fact]
    public void Inspect_PngSignatureThenJunk_IsDamaged()
    {
        var bytes = TestPng.Create(4, 4)[..8].Concat(Encoding.ASCII.GetBytes("<script>alert(1)</script>")).ToArray();

        Assert.Equal(LogoProblem.Damaged, LogoImage.Inspect(bytes).Problem);
    }

    [Fact]
    public void Inspect_PngWithBytesAfterIend_IsDamaged()
    {
        var bytes = TestPng.Create(4, 4).Concat(Encoding.ASCII.GetBytes("<html>")).ToArray();

        Assert.Equal(LogoProblem.Damaged, LogoImage.Inspect(bytes).Problem);
    }

    [Fact]
    public void Inspect_PngWithWrongHeaderCrc_IsDamaged()
    {
        var bytes = TestPng.Create(4, 4);
        bytes[29] ^= 0xFF;

        Assert.Equal(LogoProblem.Damaged, LogoImage.Inspect(bytes).Problem);
    }

    [Fact]
    public void Inspect_PngWhosePixelsDoNotMatchItsHeader_IsDamaged()
    {
        // The header says 8×8 but the compressed data holds a 4×4 image.
        var bytes = TestPng.Create(8, 8, pixels: TestPng.Scanlines(4, 4));

        Assert.Equal(LogoProblem.Damaged, LogoImage.Inspect(bytes).Problem);
    }

    [Fact]
    public void Inspect_PngWiderThanTheLimit_IsTooManyPixels()
    {
        var check = LogoImage.Inspect(TestPng.Create(LogoImage.MaxSide + 1, 1));

        Assert.Equal((LogoProblem.TooManyPixels, LogoImage.MaxSide + 1, 1), (check.Problem, check.Width, check.Height));
    }

    [Fact]
    public void Inspect_TruncatedJpeg_IsDamaged()
    {
        var bytes = Convert.FromBase64String(Jpeg16);

        Assert.Equal(LogoProblem.Damaged, LogoImage.Inspect(bytes[..^2]).Problem);
    }

    [Fact]
    public void Inspect_JpegTallerThanTheLimit_IsTooManyPixels()
    {
        var bytes = Convert.FromBase64String(Jpeg16);
        var sof = bytes.AsSpan().IndexOf(new byte[] { 0xFF, 0xC0 });
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(sof + 5), 5000);

        Assert.Equal((LogoProblem.TooManyPixels, 5000), (LogoImage.Inspect(bytes).Problem, LogoImage.Inspect(bytes).Height));
    }

    [Fact]
    public void Inspect_OverOneMegabyte_IsTooLarge()
    {
        var bytes = new byte[LogoImage.MaxBytes + 1];
        TestPng.Create(4, 4).CopyTo(bytes, 0);

        Assert.Equal(LogoProblem.TooLarge, LogoImage.Inspect(bytes).Problem);
    }

    [Fact]
    public void Inspect_Empty_IsEmpty()
    {
        Assert.Equal(LogoProblem.Empty, LogoImage.Inspect([]).Problem);
    }
}

/// <summary>Writes small RGBA PNG files for tests.</summary>
internal static class TestPng
{
    public static byte[] Scanlines(int width, int height)
    {
        var raw = new byte[height * (1 + (width * 4))];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * (1 + (width * 4))) + 1 + (x * 4);
                (raw[i], raw[i + 1], raw[i + 2], raw[i + 3]) = (0x1F, 0x4E, (byte)(x * 7), 0xFF);
            }
        }

        return raw;
    }

    public static byte[] Create(int width, int height, byte[]? pixels = null)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = 6;
        Chunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(pixels ?? Scanlines(width, height));
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typed));
        output.Write(crc);
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
