using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using CsvHelper.Configuration;
using DataStrategy.Core.Text;
using MiniExcelLibs;

namespace DataStrategy.Core.Imports;

public enum TabularFormat
{
    Csv,
    Xlsx,
}

/// <summary>A spreadsheet-like table read from an upload: the first row is the header.</summary>
public sealed record TabularData(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string Encoding);

public sealed class TabularFileException(ImportErrorCode code, string? detail = null) : Exception(detail ?? code.ToString())
{
    public ImportErrorCode Code { get; } = code;

    public string? Detail { get; } = detail;
}

/// <summary>Reads CSV (any common encoding and delimiter) and XLSX uploads, defensively.</summary>
public static class TabularFile
{
    /// <summary>Uncompressed size an XLSX may expand to; guards against zip bombs.</summary>
    public const long MaxExpandedXlsxBytes = 60L * 1024 * 1024;

    public static TabularData Read(string fileName, byte[] content, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new TabularFileException(ImportErrorCode.FileEmpty);
        }

        var format = DetectFormat(fileName, content);
        return format == TabularFormat.Xlsx ? ReadXlsx(content, maxRows) : ReadCsv(content, maxRows);
    }

    public static TabularFormat DetectFormat(string fileName, ReadOnlySpan<byte> content)
    {
        var ext = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        var isZip = content.Length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04;
        switch (ext)
        {
            case ".XLSX":
                return isZip ? TabularFormat.Xlsx : throw new TabularFileException(ImportErrorCode.UnreadableFile, "not an XLSX workbook");
            case ".CSV":
            case ".TXT":
                if (isZip || content.IndexOf((byte)0) >= 0 && !LooksLikeUtf16(content))
                {
                    throw new TabularFileException(ImportErrorCode.UnreadableFile, "binary content in a text file");
                }

                return TabularFormat.Csv;
            default:
                throw new TabularFileException(ImportErrorCode.UnsupportedFileType, ext);
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> content) =>
        content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF));

    private static TabularData ReadCsv(byte[] content, int maxRows)
    {
        var text = TextDecoder.Decode(content, out var encoding);
        var delimiter = DetectDelimiter(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
        };
        var rows = new List<IReadOnlyList<string>>();
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, config);
            while (csv.Read())
            {
                var record = csv.Parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count > maxRows)
                {
                    throw new TabularFileException(ImportErrorCode.TooManyRows, maxRows.ToString(CultureInfo.InvariantCulture));
                }

                rows.Add(record);
            }
        }
        catch (CsvHelperException ex)
        {
            throw new TabularFileException(ImportErrorCode.UnreadableFile, ex.GetType().Name);
        }

        return Split(rows, encoding);
    }

    private static string DetectDelimiter(string text)
    {
        var firstLine = text.AsSpan();
        var nl = firstLine.IndexOfAny('\r', '\n');
        if (nl >= 0)
        {
            firstLine = firstLine[..nl];
        }

        int semi = firstLine.Count(';'), comma = firstLine.Count(','), tab = firstLine.Count('\t');
        if (tab > semi && tab > comma)
        {
            return "\t";
        }

        return semi > comma ? ";" : ",";
    }

    private static TabularData ReadXlsx(byte[] content, int maxRows)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read))
            {
                long total = 0;
                foreach (var entry in zip.Entries)
                {
                    total += entry.Length;
                    if (total > MaxExpandedXlsxBytes)
                    {
                        throw new TabularFileException(ImportErrorCode.FileTooLarge, "expanded workbook too large");
                    }
                }

                if (zip.GetEntry("xl/workbook.xml") is null)
                {
                    throw new TabularFileException(ImportErrorCode.UnreadableFile, "no workbook in the archive");
                }
            }

            var rows = new List<IReadOnlyList<string>>();
            using var stream = new MemoryStream(content);
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
            {
                var cells = row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToList();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count > maxRows)
                {
                    throw new TabularFileException(ImportErrorCode.TooManyRows, maxRows.ToString(CultureInfo.InvariantCulture));
                }

                rows.Add(cells);
            }

            return Split(rows, "xlsx");
        }
        catch (TabularFileException)
        {
            throw;
        }
#pragma warning disable CA1031 // A corrupt workbook can fail in many library-specific ways; all mean "unreadable".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new TabularFileException(ImportErrorCode.UnreadableFile, ex.GetType().Name);
        }
    }

    private static TabularData Split(List<IReadOnlyList<string>> rows, string encoding)
    {
        if (rows.Count == 0)
        {
            throw new TabularFileException(ImportErrorCode.FileEmpty);
        }

        return new TabularData(rows[0], rows.Skip(1).ToList(), encoding);
    }
}
