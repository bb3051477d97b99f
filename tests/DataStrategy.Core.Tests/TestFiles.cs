using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace DataStrategy.Core.Tests;

/// <summary>Builds upload contents (CSV text, real XLSX workbooks, hand-made zip archives) in memory.</summary>
internal static class TestFiles
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    static TestFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static byte[] Utf8(string text) => Utf8NoBom.GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Utf8NoBom.GetBytes(text)];

    public static byte[] Utf16LeWithBom(string text) => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

    public static byte[] Utf16BeWithBom(string text) => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];

    public static byte[] Cp1252(string text) => Windows1252.GetBytes(text);

    /// <summary>A real workbook written by MiniExcel; the dictionary keys become the header row.</summary>
    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    /// <summary>A zip archive whose entries are given as (name, uncompressed size in bytes of zeros or the text).</summary>
    public static byte[] Zip(params (string Name, long ZeroBytes, string? Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            foreach (var (name, zeroBytes, text) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var entryStream = entry.Open();
                if (text is not null)
                {
                    var bytes = Utf8NoBom.GetBytes(text);
                    entryStream.Write(bytes, 0, bytes.Length);
                }

                for (var remaining = zeroBytes; remaining > 0; remaining -= zeros.Length)
                {
                    entryStream.Write(zeros, 0, (int)Math.Min(zeros.Length, remaining));
                }
            }
        }

        return stream.ToArray();
    }

    public const string MinimalWorkbookXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>";
}
