using System.Globalization;
using System.Text;
using DataStrategy.Cli;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>
/// dss campaign import-answers --departments / --mapping add to the automatic mapping (issue 19); dss framework import
/// --theme-level; files of the wrong shape get the page's sentence, in the language asked.
/// </summary>
public sealed class ImportMappingCliTests : IDisposable
{
    /// <summary>URB and Informatica match automatically (code; Dutch name); "Dienst Cultuur & Sport" and "CPAS" do not.</summary>
    private const string Survey = "Respondent;Service;lead-01;lead-02\nC-1;URB;2;3\nC-2;Informatica;beaucoup;2\nC-3;Dienst Cultuur & Sport;3;3\nC-4;CPAS;1;1\n";

    private readonly CliDatabases _databases = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dss-cli-mapping").FullName;
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _databases.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private FileInfo File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content, Encoding.UTF8);
        return new FileInfo(path);
    }

    private static FileInfo Fixture(string name) => new(Path.Combine(ResourceTests.RepositoryRoot(), "tests", "fixtures", "frameworks", name));

    private static Task<(int Code, string Output, string Error)> ImportAsync(IServiceProvider services, FileInfo file, FileInfo? mapping = null, FileInfo? departments = null) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await Commands.ImportAnswersAsync(sp, db, DemoSeeder.Slug, DemoAssessment.CampaignName, mapping, departments, file, ExistingRespondents.Refuse, output, error);
            return (code, output.ToString(), error.ToString());
        });

    private static Task<(int Code, string Output, string Error)> ImportFrameworkAsync(IServiceProvider services, FileInfo file, OdiThemeLevel level) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await Commands.ImportFrameworkAsync(sp, db, DemoSeeder.Slug, file, "en", level, output, error);
            return (code, output.ToString(), error.ToString());
        });

    private static Task<Dictionary<string, string>> DepartmentsOfAsync(IServiceProvider services) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            var organisation = await db.Organisations.Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.Id).SingleAsync();
            sp.GetRequiredService<TenantContext>().SetOrganisation(organisation);
            return await db.Responses.Where(r => r.ExternalKey!.StartsWith("C-"))
                .Join(db.Departments, r => r.DepartmentId, d => d.Id, (r, d) => new { r.ExternalKey, d.Code })
                .ToDictionaryAsync(x => x.ExternalKey!, x => x.Code);
        });

    [Fact]
    public async Task DepartmentsFile_AddsToTheAutomaticMatching_AndCreatesNewOnes()
    {
        await using var services = _databases.Create(TestData.Demo);
        var departments = File("departments.csv", "value,department\nDienst Cultuur & Sport,CUL\nCPAS,new\n");
        var mapping = File("mapping.json", "{\"values\": {\"beaucoup\": \"4\"}}");

        var (code, output, error) = await ImportAsync(services, File("survey.csv", Survey), mapping, departments);

        Assert.True(code == 0, error);
        Assert.Contains("Imported 8 answers from 4 respondents", output, StringComparison.Ordinal);
        Assert.Contains("New departments: CPAS.", output, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["C-1"] = "URB", ["C-2"] = "IT", ["C-3"] = "CUL", ["C-4"] = "CPAS" }, await DepartmentsOfAsync(services));
    }

    [Fact]
    public async Task MappingFileWithOnlyValues_KeepsTheAutomaticColumns_InsteadOfReplacingThem()
    {
        await using var services = _databases.Create(TestData.Demo);
        var mapping = File("mapping.json", "{\"values\": {\"beaucoup\": \"4\"}}");

        var (code, output, error) = await ImportAsync(services, File("survey.csv", "Respondent;Service;lead-01;lead-02\nC-1;URB;2;3\nC-2;Informatica;beaucoup;2\n"), mapping);

        Assert.True(code == 0, error);
        Assert.Contains("Imported 4 answers from 2 respondents", output, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["C-1"] = "URB", ["C-2"] = "IT" }, await DepartmentsOfAsync(services));
    }

    [Fact]
    public async Task UnknownDepartments_WithoutAFile_AreNamedOnce_WithHowToMapThem_NothingImported()
    {
        await using var services = _databases.Create(TestData.Demo);

        var (code, _, error) = await ImportAsync(services, File("survey.csv", Survey.Replace("beaucoup", "4", StringComparison.Ordinal)));

        Assert.Equal(1, code);
        Assert.Contains("There is no department \"Dienst Cultuur & Sport\".", error, StringComparison.Ordinal);
        Assert.Contains("There is no department \"CPAS\".", error, StringComparison.Ordinal);
        Assert.Contains("--departments FILE", error, StringComparison.Ordinal);
        Assert.Empty(await DepartmentsOfAsync(services));
    }

    [Theory]
    [InlineData("value,department\nDienst Cultuur & Sport,NOPE\nCPAS,new\n", "There is no department \"NOPE\".")]
    [InlineData("value,department\nDienst Cultuur & Sport,CUL\nCPAS,new\n=1+2,new\n", "")]
    [InlineData("value;department\n\"=HYPERLINK(\"\"x\"\")\";new\nDienst Cultuur & Sport;CUL\nCPAS;new\n", "")]
    [InlineData("just one column\nx\n", "is not a department mapping")]
    public async Task HostileOrWrongDepartmentsFile_IsRefusedOrHarmless(string content, string expected)
    {
        await using var services = _databases.Create(TestData.Demo);
        var survey = File("survey.csv", Survey.Replace("beaucoup", "4", StringComparison.Ordinal));

        var (code, _, error) = await ImportAsync(services, survey, departments: File("departments.csv", content));

        if (expected.Length > 0)
        {
            Assert.Equal(1, code);
            Assert.Contains(expected, error, StringComparison.Ordinal);
            Assert.Empty(await DepartmentsOfAsync(services));
        }
        else
        {
            // A formula for a value the file does not hold creates nothing: only the file's values are used.
            Assert.True(code == 0, error);
            Assert.Equal(4, (await DepartmentsOfAsync(services)).Count);
        }
    }

    [Fact]
    public async Task DepartmentsFileMappingAFileValueToAFormulaName_IsRefused()
    {
        await using var services = _databases.Create(TestData.Demo);
        var survey = File("survey.csv", "Respondent;Service;lead-01\nC-1;\"@SUM(A1)\";2\n");

        var (code, _, error) = await ImportAsync(services, survey, departments: File("departments.csv", "value,department\n@SUM(A1),new\n"));

        Assert.Equal(1, code);
        Assert.Contains("cannot be the name of a new department", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameworkImport_ThemeLevel_DetectedOrChosen()
    {
        await using var services = _databases.Create(TestData.Demo);

        var detected = await ImportFrameworkAsync(services, Fixture("odi-2024-shaped.json"), OdiThemeLevel.Auto);
        var chosen = await ImportFrameworkAsync(services, Fixture("odi-tool-DMAG2023.json"), OdiThemeLevel.Dimension);

        Assert.True(detected.Code == 0, detected.Error);
        Assert.Contains("5 themes, 15 topics, 15 questions", detected.Output, StringComparison.Ordinal);
        Assert.Contains("(detected: each activity belongs to one dimension)", detected.Output, StringComparison.Ordinal);
        Assert.True(chosen.Code == 0, chosen.Error);
        Assert.Contains("10 themes, 6 topics, 97 questions", chosen.Output, StringComparison.Ordinal);
        Assert.Contains("as chosen", chosen.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "This looks like an ODI Pathway file (90 questions, none with a statement for each level); expected an ODI maturity framework with themes and statements.")]
    [InlineData("fr", "Ce fichier ressemble à un fichier ODI Pathway (90 questions, aucune avec un énoncé par niveau) ; attendu : un référentiel de maturité ODI avec des thèmes et des énoncés.")]
    [InlineData("nl", "Dit lijkt een ODI Pathway-bestand (90 vragen, geen enkele met een uitspraak per niveau); verwacht: een ODI-maturiteitsraamwerk met thema's en uitspraken.")]
    public async Task FrameworkImport_PathwayFile_OneSentenceThenAtMost20Details_InTheLanguageAsked(string language, string sentence)
    {
        await using var services = _databases.Create(TestData.Demo);
        CliText.Use(language);

        var (code, _, error) = await ImportFrameworkAsync(services, Fixture("odi-pathway-shaped.json"), OdiThemeLevel.Auto);

        Assert.Equal(1, code);
        var lines = error.Replace('\u00A0', ' ').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(sentence, lines[0]);
        Assert.Equal(1 + 20 + 1 + 1, lines.Length);
    }

    [Theory]
    [InlineData("en", "This looks like a list of stakeholders (columns: Name, Email, Department); expected")]
    [InlineData("fr", "Ce fichier ressemble à une liste de parties prenantes (colonnes : Name, Email, Department) ; attendu :")]
    [InlineData("nl", "Dit lijkt een lijst van stakeholders (kolommen: Name, Email, Department); verwacht:")]
    public async Task AnswerImport_StakeholderList_SaysWhatItLooksLike_InTheLanguageAsked(string language, string sentence)
    {
        await using var services = _databases.Create(TestData.Demo);
        CliText.Use(language);

        var (code, _, error) = await ImportAsync(services, File("people.csv", "Name;Email;Department\nAnn;ann@example.org;URB\n"));

        Assert.Equal(1, code);
        Assert.StartsWith(sentence, error.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }
}
