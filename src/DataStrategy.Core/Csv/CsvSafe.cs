using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace DataStrategy.Core.Csv;

/// <summary>Writes CSV that spreadsheet programs open safely.</summary>
public static class CsvSafe
{
    /// <summary>The delimiter a spreadsheet in this language expects: ";" for French and Dutch.</summary>
    public static string DelimiterFor(string language) => language is Languages.French or Languages.Dutch ? ";" : ",";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>
    /// Neutralises CSV formula injection (OWASP): a cell that a spreadsheet would evaluate as a
    /// formula gets a leading apostrophe, which Excel and LibreOffice show as plain text.
    /// </summary>
    /// <remarks>
    /// Not CsvHelper's InjectionOptions.Escape (33.1): it also wraps every escaped cell in quotes
    /// ("'=1+1" instead of '=1+1, so exported files would change), leaves a cell starting with a line
    /// feed alone unless told, and only applies to CSV, whereas the stakeholder XLSX export escapes
    /// with this method too.
    /// </remarks>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
    }

    /// <summary>
    /// Writes a header and rows as UTF-8 CSV with a byte-order mark, for Excel. Excel in French
    /// and Dutch (Belgian) locales expects a semicolon, so callers pass the reader's delimiter.
    /// </summary>
    public static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, string delimiter = ",")
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
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

    public static byte[] ToBytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, string delimiter = ",")
    {
        using var ms = new MemoryStream();
        Write(ms, header, rows, delimiter);
        return ms.ToArray();
    }
}
