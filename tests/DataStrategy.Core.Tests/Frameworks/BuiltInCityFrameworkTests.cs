using DataStrategy.Core.Frameworks;

namespace DataStrategy.Core.Tests.Frameworks;

public class BuiltInCityFrameworkTests
{
    [Fact]
    public void City_EmbeddedJson_ReadsWithoutIssues()
    {
        var result = FrameworkJson.Read(BuiltInFrameworks.CityJson());

        Assert.Empty(result.Issues);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void City_PassesValidation()
    {
        Assert.Empty(FrameworkJson.Validate(BuiltInFrameworks.City()));
    }

    [Fact]
    public void City_HasItsKeyAsId()
    {
        Assert.Equal(BuiltInFrameworks.CityKey, BuiltInFrameworks.City().Id);
    }

    [Fact]
    public void City_HasBetween25And35Questions()
    {
        var count = BuiltInFrameworks.City().Questions.Count;

        Assert.InRange(count, 25, 35);
    }

    [Fact]
    public void City_HasFiveLevelsNumberedOneToFive()
    {
        var framework = BuiltInFrameworks.City();

        Assert.Equal([1, 2, 3, 4, 5], framework.Levels.Select(l => l.Value));
    }

    [Fact]
    public void City_EveryQuestionHasADescriptorPerLevel()
    {
        var framework = BuiltInFrameworks.City();

        Assert.All(framework.Questions, q => Assert.Equal([1, 2, 3, 4, 5], q.Descriptors.Keys));
    }

    [Fact]
    public void City_EveryTextSlotHasFrenchDutchAndEnglish()
    {
        var slots = TranslationSheet.Slots(BuiltInFrameworks.City()).Where(s => !s.Text.IsEmpty).ToList();

        Assert.NotEmpty(slots);
        Assert.All(slots, slot =>
        {
            foreach (var language in Languages.All)
            {
                Assert.True(slot.Text.Has(language), $"{slot.Id} has no {language} text");
            }
        });
    }

    [Fact]
    public void City_RequiredTextsAreAllPresent()
    {
        var slots = TranslationSheet.Slots(BuiltInFrameworks.City()).ToList();

        var required = slots.Where(s => s.Kind is "question" or "descriptor" || s.Id.EndsWith(".name", StringComparison.Ordinal)).ToList();

        Assert.All(required, s => Assert.False(s.Text.IsEmpty, s.Id));
    }

    [Fact]
    public void Completeness_City_IsFullForFrenchDutchAndEnglish()
    {
        var framework = BuiltInFrameworks.City();
        var filled = TranslationSheet.Slots(framework).Count(s => !s.Text.IsEmpty);

        var completeness = TranslationSheet.Completeness(framework, Languages.All);

        Assert.Equal(Languages.All, completeness.Select(c => c.Language));
        Assert.All(completeness, c =>
        {
            Assert.Equal(filled, c.Total);
            Assert.Equal(c.Total, c.Present);
            Assert.Equal(0, c.Missing);
            Assert.Equal(1.0, c.Ratio);
        });
    }

    [Fact]
    public void Completeness_LanguageTheCityDoesNotHave_IsZero()
    {
        var completeness = Assert.Single(TranslationSheet.Completeness(BuiltInFrameworks.City(), ["de"]));

        Assert.Equal(0, completeness.Present);
        Assert.True(completeness.Total > 0);
        Assert.Equal(0.0, completeness.Ratio);
    }

    [Fact]
    public void City_EachCallReturnsAFreshCopy()
    {
        var first = BuiltInFrameworks.City();
        first.Questions.Clear();

        Assert.NotEmpty(BuiltInFrameworks.City().Questions);
    }
}
