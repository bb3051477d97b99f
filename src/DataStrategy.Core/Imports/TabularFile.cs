using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using CsvHelper.Configuration;
using DataStrategy.Core.Text;
using MiniExcelLibs;

namespace DataStrategy.Core.Imports;

/// <summary>Reads CSV (any common encoding and delimiter) and XLSX uploads, defensively.</summary>
public static class TabularFile
{
    /// <summary>Uncompressed size an XLSX may expand to; guards against zip bombs.</summary>
    public const long MaxExpandedXlsxBytes = 60L * 1024 * 1024;

    /// <param name="sheet">For a workbook, the sheet to read when it has one of that name (any case); otherwise the first.</param>
    public static TabularData Read(string fileName, byte[] content, int maxRows, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new TabularFileException(ImportErrorCode.FileEmpty);
        }

        var format = DetectFormat(fileName, content);
        return format == TabularFormat.Xlsx ? ReadXlsx(content, maxRows, sheet) : ReadCsv(content, maxRows);
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
        string text, encoding;
        try
        {
            text = TextDecoder.Decode(content, out encoding);
        }
        catch (System.Text.DecoderFallbackException)
        {
            // A byte-order mark promised UTF-8 but the bytes are not.
            throw new TabularFileException(ImportErrorCode.UnreadableFile, "invalid UTF-8 after a byte-order mark");
        }

        var delimiter = DetectDelimiter(text);
        // Stray quotes inside a value are kept as written; only a quoted value that never closes is refused (see below).
        int? unclosedQuoteLine = null;
        var recordStartLine = 1;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = args => unclosedQuoteLine ??= UnclosedQuoteOffset(args.Field) is { } offset
                ? (int?)(recordStartLine + LinesBefore(args.RawRecord, args.Field, offset))
                : null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = false,
        };
        var rows = new List<IReadOnlyList<string>>();
        var numbers = new List<int>();
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, config);
            var rowNumber = 0;
            while (csv.Read())
            {
                rowNumber++;
                var record = csv.Parser.Record ?? [];
                if (unclosedQuoteLine is { } line)
                {
                    throw new TabularFileException(ImportErrorCode.UnclosedQuote, line.ToString(CultureInfo.InvariantCulture));
                }

                recordStartLine = csv.Parser.RawRow + 1;
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count > maxRows)
                {
                    throw new TabularFileException(ImportErrorCode.TooManyRows, maxRows.ToString(CultureInfo.InvariantCulture));
                }

                rows.Add(record);
                numbers.Add(rowNumber);
            }
        }
        catch (CsvHelperException ex)
        {
            throw new TabularFileException(ImportErrorCode.UnreadableFile, ex.GetType().Name);
        }

        return Split(rows, numbers, encoding);
    }

    /// <summary>
    /// Where, in a value CsvHelper found malformed, a quotation mark opens a value that never properly closes; null when
    /// the value is only untidy. A value that opens with a quote and reaches the end of the file unclosed swallowed every
    /// line after it; one whose closing quote spans lines and is followed by more text was closed by the opening quote of
    /// a later value (one closing quote forgotten), so the rows between were merged. A quote inside an unquoted value
    /// ("5" screen), or text after a quoted value on one line, is kept as written, as before.
    /// </summary>
    private static int? UnclosedQuoteOffset(string field)
    {
        var start = 0;
        while (start < field.Length && field[start] is ' ' or '\t')
        {
            start++;
        }

        if (start == field.Length || field[start] != '"')
        {
            return null;
        }

        for (var i = start + 1; i < field.Length; i++)
        {
            if (field[i] != '"')
            {
                continue;
            }

            if (i + 1 < field.Length && field[i + 1] == '"')
            {
                i++;
                continue;
            }

            var spansLines = field.AsSpan(start, i - start).IndexOfAny('\r', '\n') >= 0;
            var textAfter = !field.AsSpan(i + 1).Trim().IsEmpty;
            return spansLines && textAfter ? start : null;
        }

        return start;
    }

    /// <summary>Line breaks in the record before the quote: the record may hold earlier values that span lines.</summary>
    private static int LinesBefore(string rawRecord, string field, int offsetInField)
    {
        var at = rawRecord.IndexOf(field, StringComparison.Ordinal);
        var before = rawRecord.AsSpan(0, at < 0 ? 0 : at + offsetInField);
        var lines = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>Counts candidate delimiters outside quotes on the first non-blank line.</summary>
    private static string DetectDelimiter(string text)
    {
        var line = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? string.Empty;
        int semi = 0, comma = 0, tab = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ';' when !quoted:
                    semi++;
                    break;
                case ',' when !quoted:
                    comma++;
                    break;
                case '\t' when !quoted:
                    tab++;
                    break;
            }
        }

        if (tab > semi && tab > comma)
        {
            return "\t";
        }

        return semi > comma ? ";" : ",";
    }

    private static TabularData ReadXlsx(byte[] content, int maxRows, string? sheet)
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
            var numbers = new List<int>();
            using var stream = new MemoryStream(content);
            var sheetName = sheet is null ? null : stream.GetSheetNames().FirstOrDefault(n => string.Equals(n, sheet, StringComparison.OrdinalIgnoreCase));
            stream.Position = 0;
            var rowNumber = 0;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheetName))
            {
                rowNumber++;
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
                numbers.Add(rowNumber);
            }

            return Split(rows, numbers, "xlsx");
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

    private static TabularData Split(List<IReadOnlyList<string>> rows, List<int> numbers, string encoding)
    {
        if (rows.Count == 0)
        {
            throw new TabularFileException(ImportErrorCode.FileEmpty);
        }

        return new TabularData(rows[0], rows.Skip(1).ToList(), numbers.Skip(1).ToList(), encoding);
    }
}
