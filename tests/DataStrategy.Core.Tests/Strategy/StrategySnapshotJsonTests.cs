using System.Text.Json;
using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Strategy;

public class StrategySnapshotJsonTests
{
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly string Priority = StrategySnapshot.PriorityTarget(Guid.NewGuid(), "governance");

    private static StrategySnapshot Sample()
    {
        var objective = new StrategyItemData
        {
            Kind = StrategyItemKind.Objective,
            Position = 2,
            Title = LocalizedText.Of(fr: "Données ouvertes", nl: "Open data", en: "Open data"),
            Texts =
            {
                [StrategySchema.Description] = LocalizedText.Of(fr: "Publier « par défaut ».\nPuis mesurer.", en: "Publish by default."),
                [StrategySchema.Indicators] = LocalizedText.Of(nl: "Aantal datasets"),
            },
            Links = [new(StrategyRelation.Priority, Priority), new(StrategyRelation.CityPriority, "smart-city")],
        };
        var service = new StrategyItemData
        {
            Kind = StrategyItemKind.Service,
            Position = 1,
            Title = LocalizedText.Of(en: "Portal"),
            Links = [new(StrategyRelation.Objective, objective.Id.ToString("D"))],
            DepartmentId = Department,
        };
        var role = new StrategyItemData { Kind = StrategyItemKind.Role, Position = 1, Title = LocalizedText.Of(en: "Steward") };
        var activity = new StrategyItemData { Kind = StrategyItemKind.RaciActivity, Position = 1, Title = LocalizedText.Of(en: "Publish") };
        return new StrategySnapshot
        {
            Title = LocalizedText.Of(fr: "Stratégie", nl: "Strategie", en: "Strategy"),
            Items = [objective, service, role, activity],
            Raci = [new(activity.Id, role.Id, RaciLetter.A), new(activity.Id, role.Id, RaciLetter.I)],
            Labels =
            {
                [Priority] = LocalizedText.Of(fr: "Gouvernance", en: "Governance"),
                [Department.ToString("D")] = LocalizedText.Of(nl: "Informatica"),
            },
        };
    }

    [Fact]
    public void FromJson_OfToJson_KeepsEveryField()
    {
        var original = Sample();

        var copy = StrategySnapshot.FromJson(original.ToJson());

        Assert.Equal(original.Title, copy.Title);
        Assert.Equal(original.Raci, copy.Raci);
        Assert.Equal(original.Labels, copy.Labels);
        Assert.Equal(original.Items.Count, copy.Items.Count);
        foreach (var (expected, actual) in original.Items.Zip(copy.Items))
        {
            Assert.Equal(
                (expected.Id, expected.Kind, expected.Position, expected.DepartmentId),
                (actual.Id, actual.Kind, actual.Position, actual.DepartmentId));
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Texts, actual.Texts);
            Assert.Equal(expected.Links, actual.Links);
        }
    }

    [Fact]
    public void FromJson_OfToJson_ComparesAsUnchanged()
    {
        var original = Sample();

        var copy = StrategySnapshot.FromJson(original.ToJson());

        Assert.False(StrategyDiff.Compare(original, copy).HasChanges);
    }

    [Fact]
    public void ToJson_Enums_AreWrittenAsNames()
    {
        var json = Sample().ToJson();

        Assert.Contains("\"Kind\":\"RaciActivity\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Letter\":\"A\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_LocalizedText_IsWrittenAsLanguageObject()
    {
        var snapshot = new StrategySnapshot { Title = LocalizedText.Of(fr: "Stratégie", en: "Strategy") };

        using var json = JsonDocument.Parse(snapshot.ToJson());

        var title = json.RootElement.GetProperty("Title");
        Assert.Equal(("Stratégie", "Strategy"), (title.GetProperty("fr").GetString(), title.GetProperty("en").GetString()));
    }

    [Fact]
    public void ToJson_NoDepartment_LeavesPropertyOut()
    {
        var snapshot = new StrategySnapshot { Items = [new StrategyItemData { Kind = StrategyItemKind.Vision }] };

        var json = snapshot.ToJson();

        Assert.DoesNotContain("DepartmentId", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_Null_Throws()
    {
        Assert.Throws<JsonException>(() => StrategySnapshot.FromJson("null"));
    }
}
