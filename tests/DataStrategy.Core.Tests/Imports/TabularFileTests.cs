using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Tests.Imports;

public class TabularFileTests
{
    private const int ManyRows = 1000;

    [Fact]
    public void Read_CommaSeparatedCsv_SplitsOnCommas()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8("name,email\nAlice,alice@example.org\n"), ManyRows);

        Assert.Equal(["name", "email"], data.Header);
        Assert.Equal(["Alice", "alice@example.org"], Assert.Single(data.Rows));
    }

    [Fact]
    public void Read_SemicolonSeparatedCsv_SplitsOnSemicolons()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8("nom;courriel\r\nDupont, Alice;alice@example.org\r\n"), ManyRows);

        Assert.Equal(["nom", "courriel"], data.Header);
        Assert.Equal(["Dupont, Alice", "alice@example.org"], Assert.Single(data.Rows));
    }

    [Fact]
    public void Read_TabSeparatedCsv_SplitsOnTabs()
    {
        var data = TabularFile.Read("list.txt", TestFiles.Utf8("name\temail\tnotes\nAlice\talice@example.org\tx; y, z\n"), ManyRows);

        Assert.Equal(["name", "email", "notes"], data.Header);
        Assert.Equal(["Alice", "alice@example.org", "x; y, z"], Assert.Single(data.Rows));
    }

    [Fact]
    public void Read_QuotedFieldWithEmbeddedNewline_KeepsOneRecord()
    {
        var csv = "name,notes\r\nAlice,\"first line\r\nsecond line\"\r\nBob,short\r\n";

        var data = TabularFile.Read("list.csv", TestFiles.Utf8(csv), ManyRows);

        Assert.Equal(2, data.Rows.Count);
        Assert.Equal("first line\r\nsecond line", data.Rows[0][1]);
        Assert.Equal("Bob", data.Rows[1][0]);
    }

    [Fact]
    public void Read_QuotedFieldWithDelimiterAndQuotes_IsUnquoted()
    {
        var csv = "name,notes\n\"Dupont, Alice\",\"says \"\"hi\"\"\"\n";

        var data = TabularFile.Read("list.csv", TestFiles.Utf8(csv), ManyRows);

        Assert.Equal(["Dupont, Alice", "says \"hi\""], Assert.Single(data.Rows));
    }

    [Fact]
    public void Read_BlankAndEmptyDelimitedLines_AreIgnored()
    {
        var csv = "name;email\n\nAlice;a@example.org\n   \n;;\nBob;b@example.org\n\n";

        var data = TabularFile.Read("list.csv", TestFiles.Utf8(csv), ManyRows);

        Assert.Equal(["Alice", "Bob"], data.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Read_FieldsWithSurroundingSpaces_AreTrimmed()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8(" name , email \n  Alice ,  a@example.org  \n"), ManyRows);

        Assert.Equal(["name", "email"], data.Header);
        Assert.Equal(["Alice", "a@example.org"], Assert.Single(data.Rows));
    }

    [Fact]
    public void Read_Windows1252Csv_DecodesAccents()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Cp1252("nom;service\nSociété Générale;Trésorerie\n"), ManyRows);

        Assert.Equal(["Société Générale", "Trésorerie"], Assert.Single(data.Rows));
        Assert.Equal("windows-1252", data.Encoding);
    }

    [Fact]
    public void Read_Utf8BomCsv_HeaderHasNoBomCharacter()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8WithBom("name;email\nAlice;a@example.org\n"), ManyRows);

        Assert.Equal("name", data.Header[0]);
        Assert.Equal("utf-8-bom", data.Encoding);
    }

    [Fact]
    public void Read_Utf16LeCsvWithBom_IsAcceptedDespiteZeroBytes()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf16LeWithBom("name\tservice\nZoë\tÉtat civil\n"), ManyRows);

        Assert.Equal(["Zoë", "État civil"], Assert.Single(data.Rows));
        Assert.Equal("utf-16le", data.Encoding);
    }

    [Fact]
    public void Read_UppercaseExtension_IsRecognised()
    {
        var data = TabularFile.Read("LIST.CSV", TestFiles.Utf8("name\nAlice\n"), ManyRows);

        Assert.Equal("Alice", Assert.Single(data.Rows)[0]);
    }

    [Fact]
    public void Read_HeaderOnlyCsv_ReturnsNoRows()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8("name,email\n"), ManyRows);

        Assert.Equal(["name", "email"], data.Header);
        Assert.Empty(data.Rows);
    }

    [Fact]
    public void Read_RowsWithDifferentColumnCounts_KeepsEachRowAsIs()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8("a,b,c\n1\n1,2,3,4\n"), ManyRows);

        Assert.Equal([1, 4], data.Rows.Select(r => r.Count));
    }

    [Fact]
    public void Read_Xlsx_ReadsHeaderAndRows()
    {
        var xlsx = TestFiles.Xlsx(
        [
            new Dictionary<string, object?> { ["name"] = "Alice", ["email"] = "alice@example.org", ["service"] = "Finances" },
            new Dictionary<string, object?> { ["name"] = "Zoë Société", ["email"] = "zoe@example.org", ["service"] = "État civil" },
        ]);

        var data = TabularFile.Read("list.xlsx", xlsx, ManyRows);

        Assert.Equal(["name", "email", "service"], data.Header);
        Assert.Equal(2, data.Rows.Count);
        Assert.Equal(["Zoë Société", "zoe@example.org", "État civil"], data.Rows[1]);
    }

    [Fact]
    public void Read_Xlsx_ReportsXlsxEncoding()
    {
        var xlsx = TestFiles.Xlsx([new Dictionary<string, object?> { ["name"] = "Alice" }]);

        var data = TabularFile.Read("list.xlsx", xlsx, ManyRows);

        Assert.Equal("xlsx", data.Encoding);
    }

    [Fact]
    public void Read_XlsxNumberCell_IsConvertedWithInvariantCulture()
    {
        var xlsx = TestFiles.Xlsx([new Dictionary<string, object?> { ["name"] = "Alice", ["score"] = 1234.5 }]);

        var data = TabularFile.Read("list.xlsx", xlsx, ManyRows);

        Assert.Equal("1234.5", Assert.Single(data.Rows)[1]);
    }

    [Fact]
    public void Read_XlsxCellsWithSpaces_AreTrimmed()
    {
        var xlsx = TestFiles.Xlsx([new Dictionary<string, object?> { ["name"] = "  Alice  " }]);

        var data = TabularFile.Read("list.xlsx", xlsx, ManyRows);

        Assert.Equal("Alice", Assert.Single(data.Rows)[0]);
    }

    [Fact]
    public void Read_XlsxEmptyRow_IsIgnored()
    {
        var xlsx = TestFiles.Xlsx(
        [
            new Dictionary<string, object?> { ["name"] = "Alice", ["email"] = "a@example.org" },
            new Dictionary<string, object?> { ["name"] = null, ["email"] = "  " },
            new Dictionary<string, object?> { ["name"] = "Bob", ["email"] = "b@example.org" },
        ]);

        var data = TabularFile.Read("list.xlsx", xlsx, ManyRows);

        Assert.Equal(["Alice", "Bob"], data.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Read_XlsxNotAZip_ThrowsUnreadableFile()
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", TestFiles.Utf8("name,email\nAlice,a@example.org\n"), ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Fact]
    public void Read_XlsxZipWithoutWorkbook_ThrowsUnreadableFile()
    {
        var zip = TestFiles.Zip(("docs/readme.txt", 0, "hello"));

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", zip, ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Fact]
    public void Read_XlsxWithCorruptWorkbookParts_ThrowsUnreadableFile()
    {
        var zip = TestFiles.Zip(("xl/workbook.xml", 0, "this is not xml <<<"), ("[Content_Types].xml", 0, "nope"));

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", zip, ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Fact]
    public void Read_TruncatedXlsx_ThrowsUnreadableFile()
    {
        var xlsx = TestFiles.Xlsx([new Dictionary<string, object?> { ["name"] = "Alice" }]);

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", xlsx[..(xlsx.Length / 2)], ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Fact]
    public void Read_XlsxZipBombSingleEntry_ThrowsFileTooLarge()
    {
        var bomb = TestFiles.Zip(("xl/workbook.xml", 0, TestFiles.MinimalWorkbookXml), ("xl/worksheets/sheet1.xml", 70L * 1024 * 1024, null));
        Assert.True(bomb.Length < 1024 * 1024, "the bomb itself should be small");

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", bomb, ManyRows));

        Assert.Equal(ImportErrorCode.FileTooLarge, ex.Code);
    }

    [Fact]
    public void Read_XlsxZipBombSpreadOverEntries_ThrowsFileTooLarge()
    {
        const long each = 25L * 1024 * 1024; // each entry is under the limit, the sum is not
        var bomb = TestFiles.Zip(
            ("xl/workbook.xml", 0, TestFiles.MinimalWorkbookXml),
            ("xl/a.bin", each, null),
            ("xl/b.bin", each, null),
            ("xl/c.bin", each, null));

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", bomb, ManyRows));

        Assert.Equal(ImportErrorCode.FileTooLarge, ex.Code);
    }

    [Fact]
    public void Read_CsvContainingZipBytes_ThrowsUnreadableFile()
    {
        var zip = TestFiles.Xlsx([new Dictionary<string, object?> { ["name"] = "Alice" }]);

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.csv", zip, ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Fact]
    public void Read_CsvContainingPngBytes_ThrowsUnreadableFile()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("photo.csv", png, ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Fact]
    public void Read_TxtContainingNulBytes_ThrowsUnreadableFile()
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.txt", [(byte)'a', 0, (byte)'b'], ManyRows));

        Assert.Equal(ImportErrorCode.UnreadableFile, ex.Code);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("data.json")]
    [InlineData("old.xls")]
    [InlineData("list.ods")]
    [InlineData("no-extension")]
    [InlineData("list.csv.exe")]
    public void Read_UnsupportedExtension_ThrowsUnsupportedFileType(string fileName)
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read(fileName, TestFiles.Utf8("name\nAlice\n"), ManyRows));

        Assert.Equal(ImportErrorCode.UnsupportedFileType, ex.Code);
    }

    [Theory]
    [InlineData("list.csv")]
    [InlineData("list.xlsx")]
    [InlineData("setup.exe")]
    public void Read_EmptyContent_ThrowsFileEmpty(string fileName)
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read(fileName, [], ManyRows));

        Assert.Equal(ImportErrorCode.FileEmpty, ex.Code);
    }

    [Fact]
    public void Read_CsvOfOnlyBlankLines_ThrowsFileEmpty()
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.csv", TestFiles.Utf8("\r\n  \r\n,,\r\n"), ManyRows));

        Assert.Equal(ImportErrorCode.FileEmpty, ex.Code);
    }

    [Fact]
    public void Read_CsvOfOnlyBom_ThrowsFileEmpty()
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.csv", [0xEF, 0xBB, 0xBF], ManyRows));

        Assert.Equal(ImportErrorCode.FileEmpty, ex.Code);
    }

    [Fact]
    public void Read_NullContent_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => TabularFile.Read("list.csv", null!, ManyRows));
    }

    [Fact]
    public void Read_CsvWithMoreDataRowsThanMax_ThrowsTooManyRows()
    {
        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.csv", Csv(dataRows: 4), maxRows: 3));

        Assert.Equal(ImportErrorCode.TooManyRows, ex.Code);
        Assert.Equal("3", ex.Detail);
    }

    [Fact]
    public void Read_CsvWithExactlyMaxDataRows_ReturnsAllRows()
    {
        var data = TabularFile.Read("list.csv", Csv(dataRows: 3), maxRows: 3);

        Assert.Equal(3, data.Rows.Count);
    }

    [Fact]
    public void Read_CsvBlankLinesBeyondMax_DoNotCountAsRows()
    {
        var csv = TestFiles.Utf8("name\nA\n\n\n\nB\n\n\n");

        var data = TabularFile.Read("list.csv", csv, maxRows: 2);

        Assert.Equal(2, data.Rows.Count);
    }

    [Fact]
    public void Read_XlsxWithMoreDataRowsThanMax_ThrowsTooManyRows()
    {
        var xlsx = TestFiles.Xlsx(Enumerable.Range(1, 4).Select(i => (IDictionary<string, object?>)new Dictionary<string, object?> { ["name"] = $"Person {i}" }));

        var ex = Assert.Throws<TabularFileException>(() => TabularFile.Read("list.xlsx", xlsx, maxRows: 3));

        Assert.Equal(ImportErrorCode.TooManyRows, ex.Code);
    }

    [Fact]
    public void Read_XlsxWithExactlyMaxDataRows_ReturnsAllRows()
    {
        var xlsx = TestFiles.Xlsx(Enumerable.Range(1, 3).Select(i => (IDictionary<string, object?>)new Dictionary<string, object?> { ["name"] = $"Person {i}" }));

        var data = TabularFile.Read("list.xlsx", xlsx, maxRows: 3);

        Assert.Equal(["Person 1", "Person 2", "Person 3"], data.Rows.Select(r => r[0]));
    }

    [Fact]
    public void DetectFormat_ZipContentWithXlsxName_ReturnsXlsx()
    {
        Assert.Equal(TabularFormat.Xlsx, TabularFile.DetectFormat("a.XLSX", [0x50, 0x4B, 0x03, 0x04, 0x14]));
    }

    [Fact]
    public void DetectFormat_TextContentWithCsvName_ReturnsCsv()
    {
        Assert.Equal(TabularFormat.Csv, TabularFile.DetectFormat("a.csv", "name\nAlice"u8));
    }

    /// <summary>
    /// Exposes a bug: a CSV starting with a UTF-8 byte-order mark but containing invalid UTF-8 (e.g. a
    /// file saved as UTF-8 and then edited in a Windows-1252 editor) makes <c>TextDecoder.Decode</c> throw
    /// <see cref="System.Text.DecoderFallbackException"/>, which escapes <c>TabularFile.Read</c> because the
    /// decode happens outside the try block; callers only expect <see cref="TabularFileException"/>.
    /// </summary>
    [Fact]
    public void Read_CsvWithUtf8BomFollowedByInvalidUtf8_ThrowsNothingButTabularFileException()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. TestFiles.Cp1252("nom\nSociété\n")];

        var ex = Record.Exception(() => TabularFile.Read("list.csv", content, ManyRows));

        Assert.True(ex is null or TabularFileException, $"unexpected {ex?.GetType().FullName}");
    }

    /// <summary>
    /// Exposes a bug: the delimiter is guessed from the first physical line even when that line is blank
    /// (blank lines are otherwise ignored), so a semicolon file with an empty first row is read as one
    /// comma-separated column.
    /// </summary>
    [Fact]
    public void Read_SemicolonCsvWithLeadingBlankLine_SplitsOnSemicolons()
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8("\r\nnom;courriel\r\nAlice;alice@example.org\r\n"), ManyRows);

        Assert.Equal(["nom", "courriel"], data.Header);
    }

    private static byte[] Csv(int dataRows) =>
        TestFiles.Utf8("name\n" + string.Concat(Enumerable.Range(1, dataRows).Select(i => $"Person {i}\n")));
}
