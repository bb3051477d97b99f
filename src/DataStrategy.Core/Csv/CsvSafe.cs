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

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-", PercentDecimalSeparator = "," };

    /// <summary>
    /// How numbers are written in a CSV for a reader of this language: a decimal comma in French and Dutch (the
    /// files use ";" between cells, and French or Dutch Excel reads "2,8" as a number but "2.8" as text), a point
    /// in English; never a thousands separator or a non-ASCII minus, so the roadmap import reads them back.
    /// </summary>
    public static NumberFormatInfo NumberFormatFor(string language) => DelimiterFor(language) == ";" ? DecimalComma : NumberFormatInfo.InvariantInfo;

    /// <summary>A number for a CSV cell in the reader's language (see <see cref="NumberFormatFor"/>); null stays empty.</summary>
    public static string? Number(double? value, string format, string language) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, NumberFormatFor(language)) : null;

    /// <inheritdoc cref="Number(double?, string, string)"/>
    public static string? Number(decimal? value, string format, string language) =>
        value?.ToString(format, NumberFormatFor(language));

    /// <summary>
    /// Neutralises CSV formula injection (OWASP): a cell that a spreadsheet would evaluate as a
    /// formula gets a leading apostrophe, which Excel and LibreOffice show as plain text.
    /// </summary>
    /// <remarks>
    /// Not CsvHelper's InjectionOptions.Escape (33.1): it also wraps every escaped cell in quotes
    /// ("'=1+1" instead of '=1+1, so exported files would change), leaves a cell starting with a line
    /// feed alone unless told, and only applies to CSV, whereas the stakeholder XLSX export escapes
    /// with this method too.
    /// A plain negative number ("-0,3", "-12") is left as it is: a spreadsheet reads it as the number it is, and
    /// nothing else may follow the digits, so it cannot carry a formula.
    /// </remarks>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return Array.IndexOf(FormulaStarts, value[0]) >= 0 && !IsPlainNegativeNumber(value) ? "'" + value : value;
    }

    private static bool IsPlainNegativeNumber(string value)
    {
        if (value.Length < 2 || value.Length > 40 || value[0] != '-' || !char.IsAsciiDigit(value[1]))
        {
            return false;
        }

        var separators = 0;
        for (var i = 2; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '.' or ',')
            {
                separators++;
                if (separators > 1 || i == value.Length - 1)
                {
                    return false;
                }
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
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
