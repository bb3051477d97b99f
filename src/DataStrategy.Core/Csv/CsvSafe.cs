using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace DataStrategy.Core.Csv;

/// <summary>Writes CSV that spreadsheet programs open safely.</summary>
public static class CsvSafe
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>
    /// Neutralises CSV formula injection (OWASP): a cell that a spreadsheet would evaluate as a
    /// formula gets a leading apostrophe, which Excel and LibreOffice show as plain text.
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
    }

    /// <summary>Writes a header and rows as UTF-8 CSV with a byte-order mark, for Excel.</summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
        foreach (var h in header)
        {
            csv.WriteField(Escape(h));
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(Escape(cell));
            }

            csv.NextRecord();
        }
    }

    public static byte[] ToBytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var ms = new MemoryStream();
        Write(ms, header, rows);
        return ms.ToArray();
    }
}
