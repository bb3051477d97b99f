using DataStrategy.Core.Assessment;
using DataStrategy.Core.Imports;
using DataStrategy.Core.Roadmap.Exchange;

namespace DataStrategy.Core.Tests.Imports;

/// <summary>
/// A quoted CSV value that never closes used to swallow the rest of the file into one cell. It is an import error
/// naming the line where the quote opens; well-formed quoting (line breaks, doubled quotes, delimiters) still reads.
/// </summary>
public class TabularFileQuoteTests
{
    private const int ManyRows = 1000;

    private static TabularFileException Refused(string csv) =>
        Assert.Throws<TabularFileException>(() => TabularFile.Read("list.csv", TestFiles.Utf8(csv), ManyRows));

    [Fact]
    public void Read_QuoteNeverClosed_IsRefusedNamingTheLineWhereItOpens()
    {
        var ex = Refused("name,notes\nAlice,fine\nBob,\"starts here\nCarol,lost\nDavid,lost too\n");

        Assert.Equal(ImportErrorCode.UnclosedQuote, ex.Code);
        Assert.Equal("3", ex.Detail);
    }

    [Fact]
    public void Read_QuoteNeverClosedInTheHeader_NamesLineOne()
    {
        var ex = Refused("\"name,notes\nAlice,x\n");

        Assert.Equal(ImportErrorCode.UnclosedQuote, ex.Code);
        Assert.Equal("1", ex.Detail);
    }

    [Fact]
    public void Read_QuoteNeverClosedAfterAQuotedValueThatSpansLines_CountsPhysicalLines()
    {
        // Row 3 of the table, but line 4 of the file: the value before it spans two lines.
        var ex = Refused("name;notes\r\nAlice;\"two\r\nlines\"\r\nBob;  \"never closed\r\nCarol;x\r\n");

        Assert.Equal(ImportErrorCode.UnclosedQuote, ex.Code);
        Assert.Equal("4", ex.Detail);
    }

    [Fact]
    public void Read_OneClosingQuoteForgotten_IsRefusedInsteadOfMergingRows()
    {
        // Bob's quote is closed by the opening quote of Carol's value: without the check, Carol silently became part of Bob's note.
        var ex = Refused("name,notes\nAlice,\"ok\"\nBob,\"forgot to close\nCarol,\"quoted\"\nDavid,x\n");

        Assert.Equal(ImportErrorCode.UnclosedQuote, ex.Code);
        Assert.Equal("3", ex.Detail);
    }

    [Fact]
    public void Read_QuoteNeverClosedOnTheLastLine_IsRefused()
    {
        var ex = Refused("name,notes\nAlice,x\nBob,\"no end");

        Assert.Equal(ImportErrorCode.UnclosedQuote, ex.Code);
        Assert.Equal("3", ex.Detail);
    }

    [Fact]
    public void Read_QuotedValuesWithLineBreaksDoubledQuotesAndDelimiters_StillRead()
    {
        var csv = "name,notes,email\r\n\"Dupont, Alice\",\"says \"\"hi\"\"\r\nand \"\"bye\"\"\",alice@example.org\r\nBob,\"\",bob@example.org\r\n\"Carol\",\"\"\"quoted\"\" start\",carol@example.org\r\n";

        var data = TabularFile.Read("list.csv", TestFiles.Utf8(csv), ManyRows);

        Assert.Equal(3, data.Rows.Count);
        Assert.Equal(["Dupont, Alice", "says \"hi\"\r\nand \"bye\"", "alice@example.org"], data.Rows[0]);
        Assert.Equal(["Bob", "", "bob@example.org"], data.Rows[1]);
        Assert.Equal(["Carol", "\"quoted\" start", "carol@example.org"], data.Rows[2]);
        Assert.Equal([2, 3, 4], data.RowNumbers);
    }

    [Theory]
    [InlineData("name,notes\nAlice,a 24\" screen\nBob,x\n")]
    [InlineData("name,notes\nAlice,\"quoted\" then more\nBob,x\n")]
    [InlineData("name,notes\nAlice,say \"hi\nBob,x\n")]
    public void Read_StrayQuotesOnOneLine_AreKeptAsWrittenAsBefore(string csv)
    {
        var data = TabularFile.Read("list.csv", TestFiles.Utf8(csv), ManyRows);

        Assert.Equal(2, data.Rows.Count);
        Assert.Equal("Bob", data.Rows[1][0]);
    }

    [Fact]
    public void StakeholderImport_QuoteNeverClosed_IsOneIssueWithTheLine_AndNoRows()
    {
        var result = StakeholderImport.Parse("people.csv", TestFiles.Utf8("name,email\nAlice,a@example.org\nBob,\"b@example.org\nCarol,c@example.org\n"), new Dictionary<string, Guid>(), new HashSet<string>());

        Assert.False(result.IsValid);
        Assert.Empty(result.Rows);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.UnclosedQuote, issue.Code);
        Assert.Equal("3", issue.Value);
    }

    [Fact]
    public void AnswerImport_QuoteNeverClosed_ThrowsWithTheLine()
    {
        var ex = Assert.Throws<TabularFileException>(() => AnswerImport.Read("answers.csv", TestFiles.Utf8("respondent;q1\nR1;3\nR2;\"3\nR3;4\n")));

        Assert.Equal(ImportErrorCode.UnclosedQuote, ex.Code);
        Assert.Equal("3", ex.Detail);
    }

    [Fact]
    public void RoadmapImport_QuoteNeverClosed_IsOneIssueWithTheLine()
    {
        var context = new RoadmapImportContext();
        var result = RoadmapImport.Parse("roadmap.csv", TestFiles.Utf8("code,title_fr\nI-01,\"Plateforme\nI-02,Registre\n"), context);

        Assert.False(result.IsValid);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportErrorCode.UnclosedQuote, issue.Code);
        Assert.Equal("2", issue.Value);
    }
}
