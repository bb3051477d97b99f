using DataStrategy.Core.Inventory;
using DataStrategy.Core.Text;

namespace DataStrategy.Core.Tests.Inventory;

public sealed class DatasetValidationTests
{
    private static DatasetFields Fields(string? url = "https://data.example.org/a", string frequency = "MONTHLY") => new()
    {
        Title = LocalizedText.Of("Qualité de l'air"),
        Frequency = frequency,
        AccessRight = "PUBLIC",
        Distributions = [new DistributionFields(new LocalizedText(), "CSV", url, null)],
    };

    [Fact]
    public void ValidFields_HaveNoProblem() => Assert.Empty(DatasetValidation.Check(Fields()));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("/relative")]
    [InlineData("https://user:pass@example.org/")]
    [InlineData("https://example.org/a b")]
    [InlineData("ftp://example.org/a")]
    public void NonHttpAddresses_AreRefused(string url) =>
        Assert.Contains(DatasetValidation.Check(Fields(url)), p => p is { Field: "Distributions[0].AccessUrl", Kind: DatasetProblemKind.NotAnAddress });

    [Fact]
    public void UnknownCodes_AndTooLongTexts_AreRefused()
    {
        var fields = new DatasetFields { Title = LocalizedText.Of(new string('x', DatasetRules.MaxTitle + 1)), Frequency = "HOURLY", AccessRight = "OPEN", Themes = ["ENVI", "XXXX"] };

        var problems = DatasetValidation.Check(fields);

        Assert.Contains(problems, p => p is { Field: "Title", Kind: DatasetProblemKind.TooLong, Language: "fr" });
        Assert.Contains(problems, p => p is { Field: "Frequency", Kind: DatasetProblemKind.UnknownCode });
        Assert.Contains(problems, p => p is { Field: "AccessRight", Kind: DatasetProblemKind.UnknownCode });
        Assert.Contains(problems, p => p is { Field: "Themes", Kind: DatasetProblemKind.UnknownCode });
    }

    [Theory]
    [InlineData("Qualité de l'air", "qualite-de-l-air")]
    [InlineData("  Vélos -- partagés!! ", "velos-partages")]
    [InlineData("new", "dataset-new")]
    [InlineData("<script>", "script")]
    [InlineData("日本", "dataset")]
    public void SlugFrom_MakesAValidSlug(string title, string slug)
    {
        Assert.Equal(slug, DatasetValidation.SlugFrom(title));
        Assert.True(DatasetValidation.IsSlug(DatasetValidation.SlugFrom(title)));
    }

    [Fact]
    public void Unique_AddsANumber_WithinTheLengthLimit()
    {
        var taken = new HashSet<string> { "air", "air-2", new string('a', DatasetRules.MaxSlug) };

        Assert.Equal("air-3", DatasetValidation.Unique("air", taken.Contains));
        Assert.Equal(DatasetRules.MaxSlug, DatasetValidation.Unique(new string('a', DatasetRules.MaxSlug), taken.Contains).Length);
    }

    [Fact]
    public void Publication_ListsEveryGap_PerLanguage()
    {
        var gaps = DatasetPublication.Missing("NON_PUBLIC", null, 0, LocalizedText.Of("Air"), new LocalizedText(), [], ["fr", "nl"]);

        Assert.Equal(
            [DatasetGapKind.NotPublic, DatasetGapKind.Licence, DatasetGapKind.Distribution, DatasetGapKind.Title, DatasetGapKind.Description, DatasetGapKind.Description, DatasetGapKind.Theme],
            gaps.Select(g => g.Kind));
        Assert.Equal("nl", gaps.Single(g => g.Kind == DatasetGapKind.Title).Language);
        Assert.Empty(DatasetPublication.Missing("PUBLIC", "CC0", 1, LocalizedText.Of("Air", "Lucht"), LocalizedText.Of("a", "b"), ["ENVI"], ["fr", "nl"]));
    }

    [Fact]
    public void ReminderKey_IsTheReviewDueDate_WhenDueOrStale()
    {
        var now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 5, 1), DatasetReminders.Key(new DateOnly(2026, 5, 1), null, now));
        Assert.Equal(new DateOnly(2026, 9, 1), DatasetReminders.Key(new DateOnly(2026, 9, 1), now.AddDays(-1), now));
        Assert.Null(DatasetReminders.Key(new DateOnly(2026, 9, 1), now.AddDays(1), now));
    }
}
