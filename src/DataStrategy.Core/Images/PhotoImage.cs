using SkiaSharp;

namespace DataStrategy.Core.Images;

/// <summary>
/// Turns an uploaded photo into the renditions the site serves. The upload is recognised by its
/// bytes, its dimensions are checked from the header before a single pixel is decoded, and what is
/// kept is re-drawn and re-encoded: EXIF, GPS, comments and anything appended to the file (a ZIP
/// or HTML polyglot) never survive, and the original is not stored (ADR 0016).
/// </summary>
public static class PhotoImage
{
    /// <summary>
    /// Every photo is converted to sRGB while decoding (from its embedded profile: Display P3 from phones, Adobe RGB from
    /// cameras): the renditions carry no profile, and browsers read a JPEG without one as sRGB.
    /// </summary>
    private static readonly SKColorSpace Srgb = SKColorSpace.CreateSrgb();

    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxSide = 12000;
    public const long MaxPixels = 50_000_000;
    public const int MinSide = 100;
    public const int Quality = 82;

    /// <summary>The renditions by name and longest width; a photo narrower than a width is not enlarged.</summary>
    public static IReadOnlyList<(string Size, int Width)> Sizes { get; } = [("large", 1600), ("medium", 800), ("small", 400)];

    /// <summary>Linear filtering, used for steps of at most 2×.</summary>
    private static readonly SKSamplingOptions Downscale = new(SKFilterMode.Linear, SKMipmapMode.None);

    public static bool IsSize(string? size) => size is not null && Sizes.Any(s => s.Size == size);

    /// <summary>At most two photos decode at once: a 50-megapixel photo needs 200 MB while it is worked on.</summary>
    private static readonly SemaphoreSlim Gate = new(2);

    public static PhotoResult Process(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Gate.Wait();
        try
        {
            return ProcessOne(data);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static PhotoResult ProcessOne(byte[] data)
    {
        if (data.Length == 0)
        {
            return PhotoResult.Refused(PhotoProblem.Empty);
        }

        if (data.Length > MaxBytes)
        {
            return PhotoResult.Refused(PhotoProblem.TooLarge);
        }

        var expected = ImageSignature.Of(data);
        if (expected is null)
        {
            return PhotoResult.Refused(PhotoProblem.NotAPhoto);
        }

        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || codec.EncodedFormat != expected)
        {
            return PhotoResult.Refused(PhotoProblem.Damaged);
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            return PhotoResult.Refused(PhotoProblem.Damaged);
        }

        if (info.Width > MaxSide || info.Height > MaxSide || (long)info.Width * info.Height > MaxPixels)
        {
            return PhotoResult.Refused(PhotoProblem.TooManyPixels);
        }

        if (info.Width < MinSide || info.Height < MinSide)
        {
            return PhotoResult.Refused(PhotoProblem.TooSmall);
        }

        using var decoded = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, Srgb));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result != SKCodecResult.Success)
        {
            // A truncated file decodes as "incomplete input" with grey filler: refuse it rather than publish it.
            return PhotoResult.Refused(PhotoProblem.Damaged);
        }

        // The common case (already upright, opaque) draws nothing again: copying 12 megapixels costs as much as encoding them.
        var needsRedraw = codec.EncodedOrigin != SKEncodedOrigin.TopLeft || info.AlphaType != SKAlphaType.Opaque;
        using var redrawn = needsRedraw ? Upright(decoded, codec.EncodedOrigin) : null;
        var upright = redrawn ?? decoded;
        var renditions = new List<PhotoRendition>();
        // Each size is made from the previous one (1,600 → 800 → 400), halving while more than twice too big:
        // a linear filter is smooth at up to 2× and far cheaper than mipmaps or a cubic filter (PhotoImageBenchmarks).
        SKBitmap? previous = null;
        try
        {
            foreach (var (size, width) in Sizes)
            {
                var scale = Math.Min(1.0, width / (double)upright.Width);
                var w = Math.Max(1, (int)Math.Round(upright.Width * scale));
                var h = Math.Max(1, (int)Math.Round(upright.Height * scale));
                var next = Shrink(previous ?? upright, w, h);
                renditions.Add(new PhotoRendition(size, w, h, Encode(next)));
                if (!ReferenceEquals(next, previous) && !ReferenceEquals(next, upright))
                {
                    previous?.Dispose();
                    previous = next;
                }
            }
        }
        finally
        {
            previous?.Dispose();
        }

        return new PhotoResult(PhotoProblem.None, upright.Width, upright.Height, renditions);
    }

    /// <summary>Applies the EXIF orientation, since the metadata that carried it is about to be dropped.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var w = swap ? source.Height : source.Width;
        var h = swap ? source.Width : source.Height;
        var target = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul, Srgb));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        // Drawn over white: transparent PNGs become JPEGs without black backgrounds.
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return target;
    }

    /// <summary>The bitmap at <paramref name="width"/> × <paramref name="height"/>: the source itself when it already is, else a new one.</summary>
    private static SKBitmap Shrink(SKBitmap source, int width, int height)
    {
        var current = source;
        while (current.Width != width || current.Height != height)
        {
            var (w, h) = current.Width > 2 * width ? ((current.Width + 1) / 2, (current.Height + 1) / 2) : (width, height);
            var next = current.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul, Srgb), Downscale);
            if (!ReferenceEquals(current, source))
            {
                current.Dispose();
            }

            current = next;
        }

        return current;
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded.ToArray();
    }
}
