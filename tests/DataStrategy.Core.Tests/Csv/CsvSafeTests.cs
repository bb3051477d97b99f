using System.Text;
using DataStrategy.Core.Csv;

namespace DataStrategy.Core.Tests.Csv;

public class CsvSafeTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+41 22 000 00 00")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("\n=1+1")]
    public void Escape_CellStartingWithFormulaCharacter_PrefixesApostrophe(string value)
    {
        Assert.Equal("'" + value, CsvSafe.Escape(value));
    }

    [Theory]
    [InlineData("-2+3")]
    [InlineData("-1,5+1")]
    [InlineData("-1,5,2")]
    [InlineData("-1,")]
    [InlineData("-,5")]
    [InlineData("-1 5")]
    [InlineData("-1e5")]
    public void Escape_NegativeLookingFormula_StillPrefixesApostrophe(string value) =>
        Assert.Equal("'" + value, CsvSafe.Escape(value));

    [Theory]
    [InlineData("-0,30")]
    [InlineData("-0.30")]
    [InlineData("-12")]
    public void Escape_PlainNegativeNumber_StaysANumber(string value) =>
        Assert.Equal(value, CsvSafe.Escape(value));

    [Theory]
    [InlineData("fr", -0.3, "-0,30")]
    [InlineData("nl", 2.8, "2,80")]
    [InlineData("en", 2.8, "2.80")]
    [InlineData("fr", 12345.678, "12345,68")]
    public void Number_ForTheReadersLanguage_UsesItsDecimalSeparator_AndNoGrouping(string language, double value, string expected) =>
        Assert.Equal(expected, CsvSafe.Number(value, "0.00", language));

    [Fact]
    public void Number_NullOrNotANumber_IsEmpty()
    {
        Assert.Null(CsvSafe.Number((double?)null, "0.00", "fr"));
        Assert.Null(CsvSafe.Number(double.NaN, "0.00", "fr"));
    }

    [Theory]
    [InlineData("Alice Dupont")]
    [InlineData("a=b")]
    [InlineData("x+y-z@w")]
    [InlineData("alice@example.org")]
    [InlineData("'already quoted")]
    [InlineData(" =leading space")]
    [InlineData("Société, «ville»")]
    [InlineData("42")]
    public void Escape_NormalText_ReturnsUnchanged(string value)
    {
        Assert.Equal(value, CsvSafe.Escape(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Escape_NullOrEmpty_ReturnsEmpty(string? value)
    {
        Assert.Equal(string.Empty, CsvSafe.Escape(value));
    }

    [Fact]
    public void ToBytes_AnyContent_StartsWithUtf8Bom()
    {
        var bytes = CsvSafe.ToBytes(["name"], [["Alice"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
    }

    [Fact]
    public void ToBytes_PlainCells_WritesHeaderThenRows()
    {
        var bytes = CsvSafe.ToBytes(["name", "email"], [["Alice", "alice@example.org"], ["Bob", "bob@example.org"]]);

        Assert.Equal(["name,email", "Alice,alice@example.org", "Bob,bob@example.org"], Lines(bytes));
    }

    [Fact]
    public void ToBytes_NonAsciiText_IsEncodedAsUtf8()
    {
        var bytes = CsvSafe.ToBytes(["nom"], [["Société Œuvre €"]]);

        Assert.Equal("nom\r\nSociété Œuvre €\r\n", Body(bytes));
    }

    [Fact]
    public void ToBytes_CellWithComma_IsQuoted()
    {
        var bytes = CsvSafe.ToBytes(["name"], [["Dupont, Alice"]]);

        Assert.Equal(["name", "\"Dupont, Alice\""], Lines(bytes));
    }

    [Fact]
    public void ToBytes_CellWithQuotes_IsQuotedWithDoubledQuotes()
    {
        var bytes = CsvSafe.ToBytes(["name"], [["Alice \"Al\" Dupont"]]);

        Assert.Equal(["name", "\"Alice \"\"Al\"\" Dupont\""], Lines(bytes));
    }

    [Fact]
    public void ToBytes_CellWithNewline_IsQuotedAndKeepsNewline()
    {
        var bytes = CsvSafe.ToBytes(["notes"], [["line 1\nline 2"]]);

        Assert.Equal("notes\r\n\"line 1\nline 2\"\r\n", Body(bytes));
    }

    [Fact]
    public void ToBytes_FormulaCell_IsEscapedInOutput()
    {
        var bytes = CsvSafe.ToBytes(["name"], [["=cmd|' /C calc'!A0"]]);

        Assert.Equal(["name", "'=cmd|' /C calc'!A0"], Lines(bytes));
    }

    [Fact]
    public void ToBytes_FormulaHeader_IsEscapedInOutput()
    {
        var bytes = CsvSafe.ToBytes(["@name"], []);

        Assert.Equal(["'@name"], Lines(bytes));
    }

    [Fact]
    public void ToBytes_FormulaCellWithComma_IsEscapedThenQuoted()
    {
        var bytes = CsvSafe.ToBytes(["x"], [["=1,2"]]);

        Assert.Equal(["x", "\"'=1,2\""], Lines(bytes));
    }

    [Fact]
    public void ToBytes_NullCell_IsWrittenEmpty()
    {
        var bytes = CsvSafe.ToBytes(["a", "b", "c"], [["1", null, "3"]]);

        Assert.Equal(["a,b,c", "1,,3"], Lines(bytes));
    }

    [Fact]
    public void Write_OutputStream_IsLeftOpen()
    {
        using var stream = new MemoryStream();

        CsvSafe.Write(stream, ["name"], [["Alice"]]);

        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 3);
    }

    [Fact]
    public void Write_NullHeader_ThrowsArgumentNullException()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentNullException>(() => CsvSafe.Write(stream, null!, []));
    }

    [Fact]
    public void Write_NullRows_ThrowsArgumentNullException()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentNullException>(() => CsvSafe.Write(stream, ["a"], null!));
    }

    private static string Body(byte[] bytes) => new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);

    private static string[] Lines(byte[] bytes) =>
        Body(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
