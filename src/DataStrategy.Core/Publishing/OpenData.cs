using System.Globalization;
using System.Text.Json;
using DataStrategy.Core.Csv;

namespace DataStrategy.Core.Publishing;

/// <summary>
/// Open data files: CSV (UTF-8, comma, formula-safe, numbers in invariant notation) and JSON that carries its
/// licence, publisher and source. Published content is released under CC BY 4.0 with attribution to the organisation.
/// </summary>
public static class OpenData
{
    public const string LicenceName = "CC BY 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static byte[] Csv(OpenDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return CsvSafe.ToBytes(dataset.Columns, dataset.Rows.Select(r => (IReadOnlyList<string?>)r.Select(Cell).ToList()), ",");
    }

    public static byte[] Json(OpenDataset dataset, OpenDataSource source)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(source);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("dataset", dataset.Name);
            w.WriteString("publisher", source.Publisher);
            w.WriteStartObject("licence");
            w.WriteString("name", LicenceName);
            w.WriteString("url", LicenceUrl);
            w.WriteString("attribution", source.Publisher);
            w.WriteEndObject();
            w.WriteString("source", source.Source);
            w.WriteString("generated", Cell(source.Generated));
            w.WriteStartArray("columns");
            foreach (var c in dataset.Columns)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in dataset.Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < dataset.Columns.Count; i++)
                {
                    var value = i < row.Count ? row[i] : null;
                    w.WritePropertyName(dataset.Columns[i]);
                    switch (value)
                    {
                        case null:
                            w.WriteNullValue();
                            break;
                        case int n:
                            w.WriteNumberValue(n);
                            break;
                        case decimal d:
                            w.WriteNumberValue(d);
                            break;
                        case double d:
                            w.WriteNumberValue(Math.Round(d, 3));
                            break;
                        default:
                            w.WriteStringValue(Cell(value));
                            break;
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
