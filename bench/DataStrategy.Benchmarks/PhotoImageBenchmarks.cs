using BenchmarkDotNet.Attributes;
using DataStrategy.Core.Images;
using SkiaSharp;

namespace DataStrategy.Benchmarks;

/// <summary>
/// What an upload costs: sniffing, decoding, orientation and three JPEG renditions of a camera-sized photo
/// (12 megapixels, 4000 × 3000) and a phone screenshot (1170 × 2532), against decoding alone as the floor.
/// </summary>
[MemoryDiagnoser]
public class PhotoImageBenchmarks
{
    private byte[] _photo = [];

    [Params("4000x3000", "1170x2532")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        var (w, h) = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        using var surface = SKSurface.Create(new SKImageInfo(w, h));
        var random = new Random(7);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 400; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            surface.Canvas.DrawCircle(random.Next(w), random.Next(h), random.Next(20, 300), paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        _photo = data.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int DecodeOnly()
    {
        using var bitmap = SKBitmap.Decode(_photo);
        return bitmap.Width;
    }

    [Benchmark]
    public int Process() => PhotoImage.Process(_photo).Renditions.Count;
}
