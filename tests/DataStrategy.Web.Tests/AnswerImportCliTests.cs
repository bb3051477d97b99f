using System.Text;
using DataStrategy.Cli;
using DataStrategy.Core.Assessment;
using DataStrategy.Data;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataStrategy.Web.Tests;

/// <summary>dss campaign import-answers / imports / undo-import: the same choice as the page, refused by default.</summary>
public sealed class AnswerImportCliTests : IDisposable
{
    private const string Csv = "Respondent;Service;lead-01;lead-02;gov-01\nK-1;URB;2;3;4\nK-2;IT;1;2;3\nK-3;URB;3;3;3\n";

    private readonly CliDatabases _databases = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dss-cli-answers").FullName;

    public void Dispose()
    {
        _databases.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private FileInfo File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content, Encoding.UTF8);
        return new FileInfo(path);
    }

    private static Task<(int Code, string Output, string Error)> ImportAsync(IServiceProvider services, FileInfo file, ExistingRespondents existing) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await Commands.ImportAnswersAsync(sp, db, DemoSeeder.Slug, DemoAssessment.CampaignName, null, null, file, existing, output, error);
            return (code, output.ToString(), error.ToString());
        });

    private static Task<(int Responses, int Answers)> CountsAsync(IServiceProvider services) =>
        CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            var organisation = await db.Organisations.Where(o => o.Slug == DemoSeeder.Slug).Select(o => o.Id).SingleAsync();
            sp.GetRequiredService<TenantContext>().SetOrganisation(organisation);
            var campaign = await db.Campaigns.Where(c => c.Name == DemoAssessment.CampaignNames).Select(c => c.Id).SingleAsync();
            return (await db.Responses.CountAsync(r => r.CampaignId == campaign), await db.Answers.CountAsync(a => a.CampaignId == campaign));
        });

    [Fact]
    public async Task ImportAnswersTwice_IsRefusedByDefault_SkipAndReplaceKeepTheCounts_UndoTakesItBack()
    {
        await using var services = _databases.Create(TestData.Demo);
        var file = File("survey.csv", Csv);
        var before = await CountsAsync(services);

        var first = await ImportAsync(services, file, ExistingRespondents.Refuse);
        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("Imported 9 answers from 3 respondents", first.Output, StringComparison.Ordinal);
        var once = await CountsAsync(services);
        Assert.Equal((before.Responses + 3, before.Answers + 9), once);

        var refused = await ImportAsync(services, file, ExistingRespondents.Refuse);
        Assert.Equal(1, refused.Code);
        Assert.Contains("This file was already imported into", refused.Error, StringComparison.Ordinal);
        Assert.Contains("3 of its 3 respondents are already in this campaign.", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--existing skip", refused.Error, StringComparison.Ordinal);
        Assert.Equal(once, await CountsAsync(services));

        var skipped = await ImportAsync(services, file, ExistingRespondents.Skip);
        Assert.Equal(0, skipped.Code);
        Assert.Contains("nothing was imported", skipped.Output, StringComparison.Ordinal);
        Assert.Equal(once, await CountsAsync(services));

        var replaced = await ImportAsync(services, File("survey-v2.csv", Csv.Replace("K-1;URB;2", "K-1;URB;5", StringComparison.Ordinal)), ExistingRespondents.Replace);
        Assert.Equal(0, replaced.Code);
        Assert.Contains("The answers of 3 respondents already there were replaced.", replaced.Output, StringComparison.Ordinal);
        Assert.Equal(once, await CountsAsync(services));

        var batchId = Guid.Parse(replaced.Output.TrimEnd()[^37..^1]);
        var undone = await CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            return (await Commands.UndoImportAsync(sp, db, DemoSeeder.Slug, DemoAssessment.CampaignName, batchId, output, error), output.ToString());
        });
        Assert.Equal(0, undone.Item1);
        Assert.Contains("3 respondents and their answers were removed", undone.Item2, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(services));
        var again = await CliDatabases.InScopeAsync(services, async (sp, db) =>
        {
            using var error = new StringWriter();
            return (await Commands.UndoImportAsync(sp, db, DemoSeeder.Slug, DemoAssessment.CampaignName, batchId, TextWriter.Null, error), error.ToString());
        });
        Assert.Equal(1, again.Item1);
        Assert.Contains("already undone", again.Item2, StringComparison.Ordinal);
    }
}
