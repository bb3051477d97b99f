using System.Text;
using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Tests.Imports;

public class StakeholderImportTests
{
    private static readonly Guid Finance = new("11111111-1111-1111-1111-111111111111");
    private static readonly Guid CivilStatus = new("22222222-2222-2222-2222-222222222222");

    /// <summary>Built the way the import page builds it: normalised code and every translated name.</summary>
    private static readonly Dictionary<string, Guid> Departments = new(StringComparer.Ordinal)
    {
        [StakeholderImport.Normalize("FIN")] = Finance,
        [StakeholderImport.Normalize("Département des Finances")] = Finance,
        [StakeholderImport.Normalize("Dienst Financiën")] = Finance,
        [StakeholderImport.Normalize("Finance Department")] = Finance,
        [StakeholderImport.Normalize("ETC")] = CivilStatus,
        [StakeholderImport.Normalize("État civil")] = CivilStatus,
        [StakeholderImport.Normalize("Burgerlijke stand")] = CivilStatus,
    };

    private static readonly HashSet<string> NoEmails = new(StringComparer.Ordinal);

    [Fact]
    public void Parse_ValidCsv_IsValid()
    {
        var result = Parse("name,job_title,department,email,notes\nAlice,Analyst,FIN,alice@example.org,n1\nBob,,,,\n");

        Assert.True(result.IsValid);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Parse_ValidCsv_NumbersRowsFromTwoAsSpreadsheetDoes()
    {
        var result = Parse("name\nAlice\nBob\nCarol\n");

        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.Row));
    }

    [Fact]
    public void Parse_ValidCsv_MapsEveryColumn()
    {
        var result = Parse("name,job_title,department,email,notes\nAlice,Analyst,FIN,Alice@Example.org,Met in May\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal(new StakeholderImportRow(2, "Alice", "Analyst", Finance, "FIN", "Alice@Example.org", "Met in May"), row);
    }

    [Fact]
    public void Parse_OptionalCellsEmpty_AreNull()
    {
        var result = Parse("name,job_title,department,email,notes\nAlice, , ,,\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal(new StakeholderImportRow(2, "Alice", null, null, null, null, null), row);
    }

    [Fact]
    public void Parse_ColumnsInAnyOrderWithUnknownExtras_AreMappedByHeader()
    {
        var result = Parse("id,email,extra,name\n7,alice@example.org,zzz,Alice\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal("Alice", row.Name);
        Assert.Equal("alice@example.org", row.Email);
    }

    [Fact]
    public void Parse_ShortRowMissingTrailingCells_TreatsMissingCellsAsEmpty()
    {
        var result = Parse("name,job_title,email\nAlice\n");

        Assert.True(result.IsValid);
        Assert.Null(Assert.Single(result.Rows).Email);
    }

    [Fact]
    public void Parse_ValidCsv_ReportsDetectedEncoding()
    {
        var result = StakeholderImport.Parse("list.csv", TestFiles.Cp1252("nom;fonction\nAndré;Échevin\n"), Departments, NoEmails);

        Assert.Equal("windows-1252", result.Encoding);
        Assert.Equal("André", Assert.Single(result.Rows).Name);
    }

    [Fact]
    public void Parse_FrenchHeaders_AreRecognised()
    {
        var result = Parse("nom;fonction;service;courriel\nAlice Dupont;Analyste;État civil;alice@example.org\n");

        Assert.True(result.IsValid);
        Assert.Equal(new StakeholderImportRow(2, "Alice Dupont", "Analyste", CivilStatus, "État civil", "alice@example.org", null), Assert.Single(result.Rows));
    }

    [Fact]
    public void Parse_DutchHeaders_AreRecognised()
    {
        var result = Parse("naam;functie;afdeling;e-mail\nJan Peeters;Analist;Burgerlijke stand;jan@example.org\n");

        Assert.True(result.IsValid);
        Assert.Equal(new StakeholderImportRow(2, "Jan Peeters", "Analist", CivilStatus, "Burgerlijke stand", "jan@example.org", null), Assert.Single(result.Rows));
    }

    [Theory]
    [InlineData("Full Name;Job Title;Department;E-mail;Notes")]
    [InlineData("NOM COMPLET;Titre;Département;Adresse e-mail;Remarques")]
    [InlineData("Volledige naam;Functie;Dienst;E-mailadres;Opmerkingen")]
    [InlineData("  name ;job_title;DEPARTEMENT;E_MAIL;notities")]
    public void Parse_HeaderAliasesInAnyCaseOrAccent_MapAllColumns(string header)
    {
        var result = Parse(header + "\nAlice;Analyst;FIN;alice@example.org;hello\n");

        Assert.Equal(new StakeholderImportRow(2, "Alice", "Analyst", Finance, "FIN", "alice@example.org", "hello"), Assert.Single(result.Rows));
    }

    [Fact]
    public void Parse_DuplicateHeader_UsesFirstColumn()
    {
        var result = Parse("name,nom\nFirst,Second\n");

        Assert.Equal("First", Assert.Single(result.Rows).Name);
    }

    [Theory]
    [InlineData("FIN")]
    [InlineData("fin")]
    [InlineData(" Fin ")]
    public void Parse_DepartmentByCode_IsMatchedIgnoringCase(string department)
    {
        var result = Parse($"name;department\nAlice;{department}\n");

        Assert.Equal(Finance, Assert.Single(result.Rows).DepartmentId);
    }

    [Theory]
    [InlineData("Département des Finances")]
    [InlineData("departement des finances")]
    [InlineData("DEPARTEMENT   DES FINANCES")]
    [InlineData("Dienst Financien")]
    [InlineData("dienst financiën")]
    [InlineData("finance department")]
    [InlineData("etat civil")]
    [InlineData("BURGERLIJKE STAND")]
    public void Parse_DepartmentByNameInAnyLanguage_IsMatchedIgnoringCaseAndAccents(string department)
    {
        var result = Parse($"name;department\nAlice;{department}\n");

        Assert.True(result.IsValid);
        Assert.NotNull(Assert.Single(result.Rows).DepartmentId);
    }

    [Fact]
    public void Parse_DepartmentMatched_KeepsOriginalDepartmentText()
    {
        var result = Parse("name;department\nAlice;departement des FINANCES\n");

        Assert.Equal("departement des FINANCES", Assert.Single(result.Rows).DepartmentText);
    }

    [Fact]
    public void Parse_UnknownDepartment_ReportsDepartmentUnknownWithValue()
    {
        var result = Parse("name;department\nAlice;Fin\nBob;Marketing\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.DepartmentUnknown, 3, "department", "Marketing")], result.Issues);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_ProblemsOnSeveralRows_ReportsEveryIssueAtOnce()
    {
        var csv = "name;department;email\n"
            + ";FIN;a@example.org\n"               // row 2: name missing
            + "Bob;Nowhere;bob@example.org\n"       // row 3: unknown department
            + "Carol;;not-an-email\n"               // row 4: invalid email
            + "Dave;;A@EXAMPLE.ORG\n"                // row 5: duplicate of row 2
            + "Eve;;eve@example.org\n";             // row 6: fine

        var result = Parse(csv);

        Assert.Equal(
        [
            new ImportIssue(ImportErrorCode.Required, 2, "name"),
            new ImportIssue(ImportErrorCode.DepartmentUnknown, 3, "department", "Nowhere"),
            new ImportIssue(ImportErrorCode.EmailInvalid, 4, "email", "not-an-email"),
            new ImportIssue(ImportErrorCode.EmailDuplicateInFile, 5, "email", "2"),
        ], result.Issues);
    }

    [Fact]
    public void Parse_SeveralProblemsOnOneRow_ReportsEachOfThem()
    {
        var csv = $"name;job_title;department;email\n{new string('n', 201)};{new string('j', 201)};Nowhere;bad@\n";

        var result = Parse(csv);

        Assert.Equal(
            [ImportErrorCode.TooLong, ImportErrorCode.TooLong, ImportErrorCode.DepartmentUnknown, ImportErrorCode.EmailInvalid],
            result.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Parse_InvalidFile_StillReturnsAllParsedRows()
    {
        var result = Parse("name;email\nAlice;\n;bob@example.org\nCarol;\n");

        Assert.False(result.IsValid);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void Parse_MissingNameColumn_ReportsMissingColumnOnHeaderRow()
    {
        var result = Parse("email;service\nalice@example.org;FIN\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.MissingColumn, 1, "name")], result.Issues);
        Assert.Empty(result.Rows);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_HeaderOnly_ReportsNoRows()
    {
        var result = Parse("name;email\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.NoRows)], result.Issues);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Parse_HeaderFollowedByBlankLines_ReportsNoRows()
    {
        var result = Parse("name;email\n\n;\n   \n");

        Assert.Equal(ImportErrorCode.NoRows, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NameMissing_ReportsRequiredWithRowNumber(string name)
    {
        var result = Parse($"name;email\nAlice;a@example.org\n{name};b@example.org\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.Required, 3, "name")], result.Issues);
    }

    [Fact]
    public void Parse_NameAtMaximumLength_IsAccepted()
    {
        var result = Parse($"name\n{new string('x', StakeholderImport.NameMax)}\n");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_NameTooLong_ReportsTooLongWithMaximum()
    {
        var result = Parse($"name\n{new string('x', StakeholderImport.NameMax + 1)}\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.TooLong, 2, "name", "200")], result.Issues);
    }

    [Fact]
    public void Parse_JobTitleTooLong_ReportsTooLongWithMaximum()
    {
        var result = Parse($"name;job_title\nAlice;{new string('x', StakeholderImport.JobTitleMax + 1)}\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.TooLong, 2, "job_title", "200")], result.Issues);
    }

    [Fact]
    public void Parse_NotesTooLong_ReportsTooLongWithMaximum()
    {
        var result = Parse($"name;notes\nAlice;{new string('x', StakeholderImport.NotesMax + 1)}\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.TooLong, 2, "notes", "4000")], result.Issues);
    }

    [Fact]
    public void Parse_NotesAtMaximumLength_IsAccepted()
    {
        var result = Parse($"name;notes\nAlice;{new string('x', StakeholderImport.NotesMax)}\n");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_EmailTooLong_ReportsEmailInvalid()
    {
        var email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".example";

        var result = Parse($"name;email\nAlice;{email}\n");

        Assert.True(email.Length > StakeholderImport.EmailMax);
        Assert.Equal(ImportErrorCode.EmailInvalid, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("alice@example")]
    [InlineData("alice@@example.org")]
    [InlineData("Alice <alice@example.org>")]
    public void Parse_InvalidEmail_ReportsEmailInvalidWithValue(string email)
    {
        var result = Parse($"name;email\nAlice;{email}\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.EmailInvalid, 2, "email", email)], result.Issues);
    }

    [Fact]
    public void Parse_DuplicateEmailDifferingInCase_ReportsDuplicateNamingFirstRow()
    {
        var result = Parse("name;email\nAlice;alice@example.org\nBob;bob@example.org\nAlicia;ALICE@Example.ORG\n");

        Assert.Equal([new ImportIssue(ImportErrorCode.EmailDuplicateInFile, 4, "email", "2")], result.Issues);
    }

    [Fact]
    public void Parse_EmailThreeTimes_ReportsBothRepeatsNamingFirstRow()
    {
        var result = Parse("name;email\nA;x@example.org\nB;x@example.org\nC;x@example.org\n");

        Assert.Equal(
        [
            new ImportIssue(ImportErrorCode.EmailDuplicateInFile, 3, "email", "2"),
            new ImportIssue(ImportErrorCode.EmailDuplicateInFile, 4, "email", "2"),
        ], result.Issues);
    }

    [Fact]
    public void Parse_RowsWithoutEmail_AreNotDuplicates()
    {
        var result = Parse("name;email\nAlice;\nBob;\n");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Parse_EmailAlreadyExisting_ReportsEmailAlreadyExists()
    {
        var existing = new HashSet<string>(StringComparer.Ordinal) { "ALICE@EXAMPLE.ORG" };

        var result = StakeholderImport.Parse("list.csv", TestFiles.Utf8("name;email\nBob;bob@example.org\nAlice;Alice@example.org\n"), Departments, existing);

        Assert.Equal([new ImportIssue(ImportErrorCode.EmailAlreadyExists, 3, "email", "Alice@example.org")], result.Issues);
    }

    [Fact]
    public void Parse_EmailExistingAndDuplicated_ReportsBothIssues()
    {
        var existing = new HashSet<string>(StringComparer.Ordinal) { "ALICE@EXAMPLE.ORG" };

        var result = StakeholderImport.Parse("list.csv", TestFiles.Utf8("name;email\nA;alice@example.org\nB;alice@example.org\n"), Departments, existing);

        Assert.Equal(
            [ImportErrorCode.EmailAlreadyExists, ImportErrorCode.EmailDuplicateInFile, ImportErrorCode.EmailAlreadyExists],
            result.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Parse_ContentOverFiveMegabytes_ReportsFileTooLarge()
    {
        var content = new byte[StakeholderImport.MaxBytes + 1];
        Array.Fill(content, (byte)'a');

        var result = StakeholderImport.Parse("list.csv", content, Departments, NoEmails);

        Assert.Equal([new ImportIssue(ImportErrorCode.FileTooLarge, Value: "5")], result.Issues);
        Assert.Null(result.Encoding);
    }

    [Fact]
    public void Parse_MoreThanMaxRows_ReportsTooManyRowsWithLimit()
    {
        var csv = "name\n" + string.Concat(Enumerable.Range(1, StakeholderImport.MaxRows + 1).Select(i => $"P{i}\n"));

        var result = Parse(csv);

        Assert.Equal([new ImportIssue(ImportErrorCode.TooManyRows, Value: "5000")], result.Issues);
    }

    [Fact]
    public void Parse_ExactlyMaxRows_IsValid()
    {
        var csv = "name\n" + string.Concat(Enumerable.Range(1, StakeholderImport.MaxRows).Select(i => $"P{i}\n"));

        var result = Parse(csv);

        Assert.True(result.IsValid);
        Assert.Equal(StakeholderImport.MaxRows + 1, result.Rows[^1].Row);
    }

    [Fact]
    public void Parse_EmptyFile_ReportsFileEmpty()
    {
        var result = StakeholderImport.Parse("list.csv", [], Departments, NoEmails);

        Assert.Equal([new ImportIssue(ImportErrorCode.FileEmpty)], result.Issues);
    }

    [Fact]
    public void Parse_UnsupportedExtension_ReportsUnsupportedFileType()
    {
        var result = StakeholderImport.Parse("list.json", TestFiles.Utf8("[{\"name\":\"Alice\"}]"), Departments, NoEmails);

        Assert.Equal([new ImportIssue(ImportErrorCode.UnsupportedFileType)], result.Issues);
    }

    [Fact]
    public void Parse_XlsxThatIsNotAZip_ReportsUnreadableFile()
    {
        var result = StakeholderImport.Parse("list.xlsx", TestFiles.Utf8("name\nAlice\n"), Departments, NoEmails);

        Assert.Equal([new ImportIssue(ImportErrorCode.UnreadableFile)], result.Issues);
    }

    [Fact]
    public void Parse_ValidXlsx_IsValidWithSpreadsheetRowNumbers()
    {
        var xlsx = TestFiles.Xlsx(
        [
            new Dictionary<string, object?> { ["Nom"] = "Alice", ["Courriel"] = "alice@example.org", ["Service"] = "État civil" },
            new Dictionary<string, object?> { ["Nom"] = "Bob", ["Courriel"] = "bob@example.org", ["Service"] = "fin" },
        ]);

        var result = StakeholderImport.Parse("list.xlsx", xlsx, Departments, NoEmails);

        Assert.True(result.IsValid);
        Assert.Equal(
        [
            new StakeholderImportRow(2, "Alice", null, CivilStatus, "État civil", "alice@example.org", null),
            new StakeholderImportRow(3, "Bob", null, Finance, "fin", "bob@example.org", null),
        ], result.Rows);
    }

    [Fact]
    public void Parse_ScriptTagsInCells_AreKeptVerbatim()
    {
        const string name = "<script>alert('x')</script>";
        const string notes = "<img src=x onerror=alert(1)> & \"quotes\"";

        var result = Parse($"name;notes\n{name};\"{notes.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal(name, row.Name);
        Assert.Equal(notes, row.Notes);
    }

    [Fact]
    public void Parse_FormulaLikeCell_IsKeptVerbatim()
    {
        var result = Parse("name;notes\nAlice;=1+1\n");

        Assert.Equal("=1+1", Assert.Single(result.Rows).Notes);
    }

    [Fact]
    public void Parse_NullContent_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => StakeholderImport.Parse("list.csv", null!, Departments, NoEmails));
    }

    [Fact]
    public void Parse_NullDepartmentLookup_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => StakeholderImport.Parse("list.csv", TestFiles.Utf8("name\nA\n"), null!, NoEmails));
    }

    [Fact]
    public void Parse_NullExistingEmails_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => StakeholderImport.Parse("list.csv", TestFiles.Utf8("name\nA\n"), Departments, null!));
    }

    /// <summary>
    /// Exposes a bug: blank lines are skipped by <see cref="TabularFile"/> and the row number is then
    /// recomputed from the position among non-blank records, so an error on the line after a blank line
    /// is reported one row too early. A spreadsheet opening this file shows "Bob" on row 4.
    /// </summary>
    [Fact]
    public void Parse_ErrorAfterBlankLine_ReportsRowAsNumberedInFile()
    {
        var result = Parse("name;email\r\nAlice;alice@example.org\r\n\r\nBob;not-an-email\r\n");

        Assert.Equal(4, Assert.Single(result.Issues).Row);
    }

    /// <summary>
    /// Exposes a bug: a CSV that starts with a UTF-8 byte-order mark but then contains invalid UTF-8
    /// makes Parse throw <see cref="DecoderFallbackException"/> instead of returning an issue.
    /// </summary>
    [Fact]
    public void Parse_Utf8BomFollowedByInvalidUtf8_ReturnsResultInsteadOfThrowing()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. TestFiles.Cp1252("nom\nSociété\n")];

        var ex = Record.Exception(() => StakeholderImport.Parse("list.csv", content, Departments, NoEmails));

        Assert.Null(ex);
    }

    private static StakeholderImportResult Parse(string csv) =>
        StakeholderImport.Parse("list.csv", Encoding.UTF8.GetBytes(csv), Departments, NoEmails);
}
