using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace DataStrategy.Web.Infrastructure;

/// <summary>
/// A QR code as inline SVG (one path, classes only: the CSP allows no inline style and no data: image), for the
/// presentation screens: a phone's camera opens the join or feedback address with the code already in it.
/// </summary>
public static class QrCode
{
    /// <summary>The QR code of <paramref name="url"/>, named for assistive technology by <paramref name="label"/>.</summary>
    public static IHtmlContent Svg(string url, string label, string testId)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(label);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                // Runs of dark modules on a row become one rectangle: a short path.
                var run = 1;
                while (x + run < size && row[x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x},{y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" data-testid=\"{HtmlEncoder.Default.Encode(testId)}\" data-url=\"{HtmlEncoder.Default.Encode(url)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path class=\"qr-on\" d=\"{path}\"/></svg>");
        return new HtmlString(svg.ToString());
    }
}
