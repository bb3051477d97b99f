using DataStrategy.Core.Strategy;
using DataStrategy.Core.Text;
using static DataStrategy.Core.Tests.Strategy.StrategyTestData;

namespace DataStrategy.Core.Tests.Strategy;

public class StrategyDiffTests
{
    private readonly StrategyItemData _vision = Item(StrategyItemKind.Vision, 1, "A city that shares its data");
    private readonly StrategyItemData _first = Item(StrategyItemKind.Objective, 1, "Open data by default");
    private readonly StrategyItemData _second = Item(StrategyItemKind.Objective, 2, "Data literacy for every team");
    private readonly StrategyItemData _third = Item(StrategyItemKind.Objective, 3, "One catalogue");
    private readonly StrategyItemData _service;
    private readonly StrategyItemData _role = Item(StrategyItemKind.Role, 1, "Data steward");
    private readonly StrategyItemData _activity = Item(StrategyItemKind.RaciActivity, 1, "Publish datasets");
    private readonly StrategySnapshot _before;

    public StrategyDiffTests()
    {
        _first.Texts[StrategySchema.Description] = LocalizedText.Of(
            fr: "Publier les données de la ville.",
            nl: "De gegevens van de stad publiceren.",
            en: "Publish the city's data.");
        _service = new StrategyItemData
        {
            Kind = StrategyItemKind.Service,
            Position = 1,
            Title = LocalizedText.Of(fr: "Portail", nl: "Portaal", en: "Portal"),
            Texts = { [StrategySchema.Problem] = LocalizedText.Of(en: "Data is hard to find.") },
            Links = [ObjectiveLink(_first), ObjectiveLink(_second)],
            DepartmentId = Guid.NewGuid(),
        };
        _before = Snapshot(_vision, _first, _second, _third, _service, _role, _activity);
        _before.Raci.Add(new RaciCell(_activity.Id, _role.Id, RaciLetter.A));
    }

    [Fact]
    public void Compare_SameContent_HasNoChanges()
    {
        var comparison = StrategyDiff.Compare(_before, _before.Copy());

        Assert.False(comparison.HasChanges);
        Assert.Empty(comparison.Title);
        Assert.Empty(comparison.Items);
        Assert.Empty(comparison.Raci);
    }

    [Fact]
    public void Compare_ItemOnlyInAfter_IsAddedWithoutFieldChanges()
    {
        var after = _before.Copy();
        var added = Item(StrategyItemKind.Principle, 1, "Privacy by design");
        after.Items.Add(added);

        var comparison = StrategyDiff.Compare(_before, after);

        var change = Assert.Single(comparison.Items);
        Assert.Equal((ChangeKind.Added, added.Id, StrategyItemKind.Principle), (change.Change, change.ItemId, change.Kind));
        Assert.Null(change.Before);
        Assert.Same(added, change.After);
        Assert.Empty(change.Fields);
        Assert.True(comparison.HasChanges);
    }

    [Fact]
    public void Compare_ItemOnlyInBefore_IsRemovedWithoutFieldChanges()
    {
        var after = _before.Copy();
        after.Items.RemoveAll(i => i.Id == _vision.Id);

        var comparison = StrategyDiff.Compare(_before, after);

        var change = Assert.Single(comparison.Items);
        Assert.Equal((ChangeKind.Removed, _vision.Id), (change.Change, change.ItemId));
        Assert.Same(_vision, change.Before);
        Assert.Null(change.After);
        Assert.Empty(change.Fields);
    }

    [Fact]
    public void Compare_TitleRenamedInOneLanguage_GivesOneFieldChange()
    {
        var after = _before.Copy();
        after.Find(_third).Title.Set(Languages.Dutch, "Eén enkele catalogus");

        var comparison = StrategyDiff.Compare(_before, after);

        var change = Assert.Single(comparison.Items);
        Assert.Equal((ChangeKind.Changed, _third.Id, false), (change.Change, change.ItemId, change.Moved));
        var field = Assert.Single(change.Fields);
        Assert.Equal(new FieldChange("title", "nl", "One catalogue (nl)", "Eén enkele catalogus", field.Pieces), field);
    }

    [Fact]
    public void Compare_TextFieldChanged_ListsFieldKeyAndWordPieces()
    {
        var after = _before.Copy();
        after.Find(_first).Text(StrategySchema.Description).Set(Languages.English, "Publish the region's data.");

        var comparison = StrategyDiff.Compare(_before, after);

        var field = Assert.Single(Assert.Single(comparison.Items).Fields);
        Assert.Equal((StrategySchema.Description, "en"), (field.Field, field.Language));
        Assert.Equal(
            [new(DiffOp.Same, "Publish the "), new(DiffOp.Deleted, "city"), new(DiffOp.Inserted, "region"), new(DiffOp.Same, "'s data.")],
            field.Pieces);
    }

    [Fact]
    public void Compare_TextAddedInNewLanguage_HasNullBefore()
    {
        var after = _before.Copy();
        after.Find(_service).Text(StrategySchema.Problem).Set(Languages.French, "Les données sont difficiles à trouver.");

        var comparison = StrategyDiff.Compare(_before, after);

        var field = Assert.Single(Assert.Single(comparison.Items).Fields);
        Assert.Equal((StrategySchema.Problem, "fr", null), (field.Field, field.Language, field.Before));
        Assert.Equal([new TextPiece(DiffOp.Inserted, "Les données sont difficiles à trouver.")], field.Pieces);
    }

    [Fact]
    public void Compare_TextFieldOnlyInBefore_IsListedAsDeleted()
    {
        var after = _before.Copy();
        after.Find(_first).Texts.Remove(StrategySchema.Description);

        var comparison = StrategyDiff.Compare(_before, after);

        var fields = Assert.Single(comparison.Items).Fields;
        Assert.Equal(["fr", "nl", "en"], fields.Select(f => f.Language));
        Assert.All(fields, f => Assert.Equal((StrategySchema.Description, (string?)null), (f.Field, f.After)));
    }

    [Fact]
    public void Compare_DepartmentChanged_ListsDepartmentWithGuidStrings()
    {
        var after = _before.Copy();
        var department = Guid.NewGuid();
        after.Replace(after.Find(_service).Copy(departmentId: department));

        var comparison = StrategyDiff.Compare(_before, after);

        var field = Assert.Single(Assert.Single(comparison.Items).Fields);
        Assert.Equal(("department", (string?)null), (field.Field, field.Language));
        Assert.Equal((_service.DepartmentId!.Value.ToString("D"), department.ToString("D")), (field.Before, field.After));
        Assert.Empty(field.Pieces);
    }

    [Fact]
    public void Compare_DepartmentCleared_HasNullAfter()
    {
        var after = _before.Copy();
        var cleared = after.Find(_service);
        after.Replace(new StrategyItemData { Id = cleared.Id, Kind = cleared.Kind, Position = cleared.Position, Title = cleared.Title, Texts = cleared.Texts, Links = cleared.Links });

        var comparison = StrategyDiff.Compare(_before, after);

        var field = Assert.Single(Assert.Single(comparison.Items).Fields);
        Assert.Equal(("department", (string?)null), (field.Field, field.After));
    }

    [Fact]
    public void Compare_LinkAdded_ListsOnlyThatLink()
    {
        var after = _before.Copy();
        after.Find(_service).Links.Add(ObjectiveLink(_third));

        var comparison = StrategyDiff.Compare(_before, after);

        var change = Assert.Single(comparison.Items);
        Assert.Equal([ObjectiveLink(_third)], change.LinksAdded);
        Assert.Empty(change.LinksRemoved);
        Assert.Empty(change.Fields);
    }

    [Fact]
    public void Compare_LinkRemoved_ListsOnlyThatLink()
    {
        var after = _before.Copy();
        after.Find(_service).Links.Remove(ObjectiveLink(_first));

        var comparison = StrategyDiff.Compare(_before, after);

        var change = Assert.Single(comparison.Items);
        Assert.Equal([ObjectiveLink(_first)], change.LinksRemoved);
        Assert.Empty(change.LinksAdded);
    }

    [Fact]
    public void Compare_LinksInAnotherOrder_HasNoChanges()
    {
        var after = _before.Copy();
        after.Find(_service).Links.Reverse();

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.False(comparison.HasChanges);
    }

    [Fact]
    public void Compare_ItemsReordered_MarksSwappedItemsMoved()
    {
        var after = _before.Copy();
        after.Replace(after.Find(_second).Copy(position: 3));
        after.Replace(after.Find(_third).Copy(position: 2));

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.Equal([_third.Id, _second.Id], comparison.Items.Select(c => c.ItemId));
        Assert.All(comparison.Items, c => Assert.True(c.Moved));
        Assert.All(comparison.Items, c => Assert.Equal(ChangeKind.Changed, c.Change));
        Assert.All(comparison.Items, c => Assert.Empty(c.Fields));
    }

    [Fact]
    public void Compare_PositionsRenumberedInSameOrder_IsNotAChange()
    {
        var after = _before.Copy();
        foreach (var objective in new[] { _first, _second, _third })
        {
            after.Replace(after.Find(objective).Copy(position: objective.Position * 10));
        }

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.False(comparison.HasChanges);
    }

    [Fact]
    public void Compare_EarlierItemRemovedAndOthersRenumbered_DoesNotMoveOthers()
    {
        var after = _before.Copy();
        after.Items.RemoveAll(i => i.Id == _first.Id);
        after.Replace(after.Find(_second).Copy(position: 1));
        after.Replace(after.Find(_third).Copy(position: 2));

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.Equal(_first.Id, Assert.Single(comparison.Items).ItemId);
    }

    [Fact]
    public void Compare_SameRankInOtherKind_IsNotMoved()
    {
        var after = _before.Copy();
        after.Replace(after.Find(_vision).Copy(position: 7));

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.False(comparison.HasChanges);
    }

    [Fact]
    public void Compare_SeveralKindsChanged_OrdersByKindThenPosition()
    {
        var after = _before.Copy();
        after.Find(_role).Title.Set(Languages.English, "Chief data officer");
        after.Find(_third).Title.Set(Languages.English, "A single catalogue");
        after.Find(_first).Title.Set(Languages.English, "Open by default");
        var added = Item(StrategyItemKind.Objective, 2, "Shared data platform");
        after.Items.Insert(0, added);
        after.Items.RemoveAll(i => i.Id == _vision.Id);

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.Equal([_vision.Id, _first.Id, added.Id, _third.Id, _role.Id], comparison.Items.Select(c => c.ItemId));
    }

    [Fact]
    public void Compare_StrategyTitleChanged_ListsTitleChange()
    {
        var after = _before.Copy();
        after.Title.Set(Languages.English, "Data strategy 2030");

        var comparison = StrategyDiff.Compare(_before, after);

        var field = Assert.Single(comparison.Title);
        Assert.Equal(("title", "en", "Data strategy", "Data strategy 2030"), (field.Field, field.Language, field.Before, field.After));
        Assert.Empty(comparison.Items);
        Assert.True(comparison.HasChanges);
    }

    [Fact]
    public void Compare_RaciLetterChanged_ListsBeforeAndAfterLetters()
    {
        var after = _before.Copy();
        after.Raci[0] = new RaciCell(_activity.Id, _role.Id, RaciLetter.R);

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.Equal([new RaciChange(_activity.Id, _role.Id, RaciLetter.A, RaciLetter.R)], comparison.Raci);
        Assert.Empty(comparison.Items);
    }

    [Fact]
    public void Compare_RaciCellAdded_HasNullBefore()
    {
        var after = _before.Copy();
        var role = Guid.NewGuid();
        after.Raci.Add(new RaciCell(_activity.Id, role, RaciLetter.C));

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.Equal([new RaciChange(_activity.Id, role, null, RaciLetter.C)], comparison.Raci);
    }

    [Fact]
    public void Compare_RaciCellRemoved_HasNullAfter()
    {
        var after = _before.Copy();
        after.Raci.Clear();

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.Equal([new RaciChange(_activity.Id, _role.Id, RaciLetter.A, null)], comparison.Raci);
        Assert.True(comparison.HasChanges);
    }

    [Fact]
    public void Compare_RaciCellsInAnotherOrder_HasNoChanges()
    {
        _before.Raci.Add(new RaciCell(_activity.Id, Guid.NewGuid(), RaciLetter.I));
        var after = _before.Copy();
        after.Raci.Reverse();

        var comparison = StrategyDiff.Compare(_before, after);

        Assert.False(comparison.HasChanges);
    }
}
