using DataStrategy.Core.Inventory;

namespace DataStrategy.Core.Tests.Inventory;

public class DatasetRulesTests
{
    private static readonly DateTimeOffset Registered = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextReviewDue_NeverReviewed_CountsFromRegistration()
    {
        Assert.Equal(new DateOnly(2026, 1, 10), DatasetRules.NextReviewDue(null, new DateOnly(2025, 1, 10), 12));
    }

    [Fact]
    public void NextReviewDue_Reviewed_CountsFromTheReviewWithTheCycle()
    {
        Assert.Equal(new DateOnly(2025, 9, 30), DatasetRules.NextReviewDue(new DateOnly(2025, 3, 30), new DateOnly(2024, 1, 1), 6));
    }

    [Theory]
    [InlineData(0, 2025, 2, 10)]
    [InlineData(600, 2030, 1, 10)]
    public void NextReviewDue_CycleOutOfRange_IsClampedToTheLimits(int months, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DatasetRules.NextReviewDue(null, new DateOnly(2025, 1, 10), months));
    }

    [Fact]
    public void IsStale_MonthlyUpdatedWithinAMonthAndGrace_IsNotStale()
    {
        var updated = Registered.AddDays(100);
        Assert.False(DatasetRules.IsStale("MONTHLY", updated, Registered, updated.AddDays(31 + DatasetRules.StaleGraceDays - 1)));
    }

    [Fact]
    public void IsStale_MonthlyNotUpdatedPastGrace_IsStale()
    {
        var updated = Registered.AddDays(100);
        Assert.True(DatasetRules.IsStale("MONTHLY", updated, Registered, updated.AddDays(31 + DatasetRules.StaleGraceDays + 1)));
    }

    [Fact]
    public void IsStale_NeverUpdated_CountsFromRegistration()
    {
        Assert.True(DatasetRules.IsStale("WEEKLY", null, Registered, Registered.AddDays(11)));
        Assert.False(DatasetRules.IsStale("WEEKLY", null, Registered, Registered.AddDays(9)));
    }

    [Theory]
    [InlineData("IRREG")]
    [InlineData("NEVER")]
    [InlineData("UNKNOWN")]
    [InlineData("NOT-A-CODE")]
    [InlineData(null)]
    public void IsStale_FrequencyWithoutInterval_IsNeverStale(string? frequency)
    {
        Assert.False(DatasetRules.IsStale(frequency, null, Registered, Registered.AddYears(20)));
        Assert.Null(DatasetRules.StaleSince(frequency, null, Registered));
    }

    [Fact]
    public void Fold_AccentsCaseAndSpaces_AreRemoved()
    {
        Assert.Equal("electricite publique a bruxelles", DatasetRules.Fold("  Électricité\tPUBLIQUE à   Bruxelles "));
    }

    [Fact]
    public void SearchText_SkipsEmptyTextsAndIsCappedAtTheColumnSize()
    {
        Assert.Equal("arbres bomen", DatasetRules.SearchText(["Arbres", null, " ", "Bomen"]));
        Assert.Equal(DatasetRules.MaxSearchText, DatasetRules.SearchText([new string('x', DatasetRules.MaxSearchText * 2)]).Length);
    }
}
