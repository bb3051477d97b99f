using System.Text.Json.Nodes;
using DataStrategy.Core.Text;
using DataStrategy.Data.Backup;
using DataStrategy.Data.Demo;
using DataStrategy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataStrategy.Web.Tests;

/// <summary>Backups made before agendas, minutes, decisions, KPI units, baseline names and event places were multilingual.</summary>
public sealed class ProgrammeTextsBackupTests : IDisposable
{
    private readonly CliDatabases _databases = new();

    public void Dispose() => _databases.Dispose();

    [Fact]
    public async Task Import_OldStyleBackupWithPlainStrings_RestoresThemInTheDefaultLanguage()
    {
        await using var source = _databases.Create(TestData.Demo);
        await using var target = _databases.Create();
        var json = await CliDatabases.InScopeAsync(source, async (_, db) => (await OrganisationBackup.ExportAsync(db, DemoSeeder.Slug)).ToJson());
        var old = JsonNode.Parse(json)!.AsObject();
        var language = old["organisation"]!["defaultLanguage"]!.GetValue<string>();
        // As the older format wrote them: one plain string per field (or null for an agenda never written).
        void Plain(string list, string field, Func<int, string?> text)
        {
            var rows = old[list]!.AsArray();
            for (var n = 0; n < rows.Count; n++)
            {
                rows[n]![field] = text(n);
            }
        }

        Plain("workingSessions", "agenda", n => n == 0 ? null : "Ordre du jour " + n);
        Plain("workingSessions", "notes", n => "Procès-verbal " + n);
        Plain("sessionOutcomes", "text", n => "Décision " + n);
        Plain("kpis", "unit", n => n == 0 ? "" : "jeux " + n);
        Plain("roadmapBaselines", "name", _ => "Plan initial");
        Plain("events", "location", _ => "Hôtel de ville");

        var restored = await CliDatabases.InScopeAsync(target, async (_, db) =>
        {
            await OrganisationBackup.FromJson(old.ToJsonString()).ImportAsync(db);
            return (
                await db.WorkingSessions.IgnoreQueryFilters().OrderBy(s => s.Position).ToListAsync(),
                await db.SessionOutcomes.IgnoreQueryFilters().ToListAsync(),
                await db.Kpis.IgnoreQueryFilters().OrderBy(k => k.Position).ToListAsync(),
                await db.RoadmapBaselines.IgnoreQueryFilters().SingleAsync(),
                await db.ShowAndTellEvents.IgnoreQueryFilters().SingleAsync());
        });

        var (sessions, outcomes, kpis, baseline, e) = restored;
        Assert.True(sessions[0].Agenda.IsEmpty);
        Assert.Equal(new LocalizedText().Set(language, "Ordre du jour 1"), sessions[1].Agenda);
        Assert.Equal(new LocalizedText().Set(language, "Procès-verbal 0"), sessions[0].Notes);
        Assert.All(outcomes, o => Assert.StartsWith("Décision ", o.Text[language], StringComparison.Ordinal));
        Assert.All(outcomes, o => Assert.Single(o.Text.Values));
        Assert.True(kpis[0].Unit.IsEmpty);
        Assert.Equal(new LocalizedText().Set(language, "jeux 1"), kpis[1].Unit);
        Assert.Equal(new LocalizedText().Set(language, "Plan initial"), baseline.Name);
        Assert.Equal(new LocalizedText().Set(language, "Hôtel de ville"), e.Location);
    }
}
