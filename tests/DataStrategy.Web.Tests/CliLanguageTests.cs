using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DataStrategy.Cli;
using DataStrategy.Core.Assessment;
using DataStrategy.Core.Frameworks;
using DataStrategy.Core.Imports;
using DataStrategy.Data.Demo;
using DataStrategy.Data.Messages;
using DataStrategy.Web.Tests.Infrastructure;

namespace DataStrategy.Web.Tests;

/// <summary>dss speaks in sentences, in the language of --language (fr, nl, en; English by default), never in codes.</summary>
public sealed partial class CliLanguageTests : IDisposable
{
    private readonly CliDatabases _databases = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dss-cli-language").FullName;
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

    private static Task<(int Code, string Output, string Error)> ImportAsync(IServiceProvider services, FileInfo file) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await Commands.ImportAnswersAsync(sp, db, DemoSeeder.Slug, DemoAssessment.CampaignName, null, null, file, ExistingRespondents.Refuse, output, error);
            return (code, output.ToString(), error.ToString());
        });

    [Theory]
    [InlineData("en", "Row 2: Column \"lead-01\": \"Mastring\" is not a level.", "1 problem. Nothing was imported.")]
    [InlineData("fr", "Ligne 2 : Colonne « lead-01 » : « Mastring » n'est pas un niveau.", "1 problème. Rien n'a été importé.")]
    [InlineData("nl", "Rij 2: Kolom \"lead-01\": \"Mastring\" is geen niveau.", "1 probleem. Er is niets geïmporteerd.")]
    public async Task ImportAnswers_UnknownLevel_IsASentenceNamingTheRowAndTheValue_InTheLanguageAsked(string language, string sentence, string summary)
    {
        await using var services = _databases.Create(TestData.Demo);
        var file = File("survey.csv", "Respondent;Service;lead-01;lead-02;gov-01\nK-1;URB;Mastring;3;4\n");
        CliText.Use(language);

        var (code, _, error) = await ImportAsync(services, file);

        Assert.Equal(1, code);
        Assert.Contains(sentence, error.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains(summary, error, StringComparison.Ordinal);
        Assert.DoesNotContain("UnknownValue", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAnswers_InFrench_SummaryIsFrench_AndTheExitCodeIsUnchanged()
    {
        await using var services = _databases.Create(TestData.Demo);
        CliText.Use("fr");

        var (code, output, _) = await ImportAsync(services, File("survey.csv", "Respondent;Service;lead-01;lead-02;gov-01\nK-1;URB;2;3;4\nK-2;IT;1;2;3\n"));

        Assert.Equal(0, code);
        Assert.Contains("6 réponses de 2 répondants importées dans « " + DemoAssessment.CampaignNameFr + " ».", output.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Matches(@"Importation [0-9a-f-]{36}\.\s*$", output);
    }

    [Fact]
    public async Task ImportAnswers_UnreadableFile_SaysSo_WithoutItsCode()
    {
        await using var services = _databases.Create(TestData.Demo);
        CliText.Use("nl");

        var (code, _, error) = await ImportAsync(services, File("survey.csv", "Respondent;lead-01\nK-1;\"2\n"));

        Assert.Equal(1, code);
        Assert.Contains("Regel 2: een waarde begint met een aanhalingsteken", error, StringComparison.Ordinal);
        Assert.Contains("Er is niets geïmporteerd.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("UnclosedQuote", error, StringComparison.Ordinal);
    }

    public static TheoryData<string> MessageLanguages => ["en", "fr", "nl"];

    [Theory]
    [MemberData(nameof(MessageLanguages))]
    public void EveryImportErrorCode_IsASentence_NeverItsName(string language)
    {
        CliText.Use(language);
        foreach (var code in Enum.GetValues<ImportErrorCode>())
        {
            var said = ImportMessages.Describe(CliText.Instance, new ImportIssue(code, 7, "lead-01", "Mastring"));

            Assert.DoesNotContain(code.ToString(), said, StringComparison.Ordinal);
            Assert.StartsWith(language switch { "fr" => "Ligne 7", "nl" => "Rij 7", _ => "Row 7" }, said, StringComparison.Ordinal);
            Assert.True(said.EndsWith('.') && !said.Contains("{0}", StringComparison.Ordinal), $"{code}: \"{said}\"");
            // Said in the language asked: not the English sentence when another language is asked.
            if (language != "en")
            {
                CliText.Use("en");
                Assert.NotEqual(ImportMessages.Describe(CliText.Instance, new ImportIssue(code, 7, "lead-01", "Mastring")), said);
                CliText.Use(language);
            }
        }
    }

    [Theory]
    [MemberData(nameof(MessageLanguages))]
    public void EveryFrameworkErrorCode_IsASentence_NeverItsName(string language)
    {
        CliText.Use(language);
        foreach (var code in Enum.GetValues<FrameworkErrorCode>())
        {
            var said = ImportMessages.Describe(CliText.Instance, new FrameworkIssue(code, "$.themes[0]", "x"));

            Assert.DoesNotContain(code.ToString(), said, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("FR")]
    [InlineData("<script>")]
    [InlineData("fr-nl")]
    public async Task LanguageOption_Unknown_IsRefusedWithAClearMessage(string language)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Commands.RunAsync(["--language", language, "migrate"], output, error);

        Assert.NotEqual(0, code);
        Assert.Contains("Unknown language \"" + language + "\": use fr, nl or en.", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "migrate" }, "en")]
    [InlineData(new[] { "--language", "fr", "migrate" }, "fr")]
    [InlineData(new[] { "migrate", "--language", "nl" }, "nl")]
    [InlineData(new[] { "campaign", "imports", "--language", "nl", "--organisation", "x", "--campaign", "y" }, "nl")]
    // A command whose --language names its document's language says its messages in that language too, when it can.
    [InlineData(new[] { "report", "maturity", "--language", "nl", "--out", "r.docx" }, "nl")]
    [InlineData(new[] { "report", "strategy", "--language", "fr-nl", "--out", "s.docx" }, "fr")]
    [InlineData(new[] { "roadmap", "export", "--language", "de", "--out", "r.xlsx" }, "en")]
    public void MessageLanguage_IsTheOneAsked(string[] args, string expected)
    {
        Assert.Equal(expected, Commands.MessageLanguage(Commands.Root().Parse(args)));
    }

    [GeneratedRegex("""\b[Ll]\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerCall();

    /// <summary>Every text dss says is in the translation table, so none falls back to its English key in French or Dutch.</summary>
    [Fact]
    public void EveryTextTheCliSays_IsInTheTranslationTable()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src"));
        var files = Directory.EnumerateFiles(Path.Combine(root, "DataStrategy.Cli"), "*.cs")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "DataStrategy.Data", "Messages"), "*.cs"))
            .Concat([Path.Combine(root, "DataStrategy.Data", "Accounts", "LocalizedIdentityErrors.cs")]);
        var keys = files.SelectMany(f => LocalizerCall().Matches(System.IO.File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value))).Distinct().ToList();

        Assert.True(keys.Count > 100, $"only {keys.Count} texts found");
        var missing = keys.Where(k => !CliText.Has(k)).ToList();
        Assert.True(missing.Count == 0, "Not in SharedResource.tsv: " + string.Join(" | ", missing));
    }
}
