using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>Finds cells holding formulas in a workbook's sheet: an import takes values, never formulas.</summary>
internal static class XlsxFormulas
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxReported = 200;

    /// <summary>(row number, zero-based column) of every formula cell; empty for a CSV or anything unreadable
    /// (the caller has already read the file, so limits and corruption are handled there).</summary>
    public static IReadOnlyList<(int Row, int Column)> Find(byte[] content, string sheetName)
    {
        var found = new List<(int, int)>();
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B)
        {
            return found;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var path = SheetPath(zip, sheetName);
            if (path is null || zip.GetEntry(path) is not { } entry)
            {
                return found;
            }

            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, Settings);
            string? cell = null;
            var column = 0;
            var row = 0;
            while (reader.Read() && found.Count < MaxReported)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != MainNs)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "row":
                        row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        column = -1;
                        break;
                    case "c":
                        cell = reader.GetAttribute("r");
                        column = cell is null ? column + 1 : ColumnOf(cell);
                        break;
                    case "f" when cell is not null || column >= 0:
                        found.Add((row, Math.Max(column, 0)));
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            // Unreadable parts were reported by the reader; nothing more to find here.
        }

        return found;
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return n - 1;
    }

    private static string? SheetPath(ZipArchive zip, string sheetName)
    {
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels)
        {
            return null;
        }

        var sheets = new List<(string Name, string Id)>();
        using (var reader = XmlReader.Create(workbook.Open(), Settings))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    sheets.Add((reader.GetAttribute("name") ?? "", reader.GetAttribute("id", RelNs) ?? ""));
                }
            }
        }

        if (sheets.Count == 0)
        {
            return null;
        }

        var id = sheets.FirstOrDefault(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase)) is { Id.Length: > 0 } named ? named.Id : sheets[0].Id;
        using var relReader = XmlReader.Create(rels.Open(), Settings);
        while (relReader.Read())
        {
            if (relReader.NodeType == XmlNodeType.Element && relReader.LocalName == "Relationship" && relReader.GetAttribute("Id") == id)
            {
                var target = relReader.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        }

        return null;
    }
}
