using DataStrategy.Core.Analysis;

namespace DataStrategy.Core.Tests.Analysis;

public class PriorityRankingTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Rank_Votes_ScaleImportanceFromOneToFive()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("A", 1.0, 10, null),
            new PriorityInput("B", 1.0, 5, null),
            new PriorityInput("C", 1.0, 0, null),
        ]);

        var byTheme = ranked.ToDictionary(r => r.ThemeId, StringComparer.Ordinal);
        Assert.Equal(5.0, byTheme["A"].Importance, Tolerance);
        Assert.Equal(3.0, byTheme["B"].Importance, Tolerance);
        Assert.Equal(1.0, byTheme["C"].Importance, Tolerance);
        Assert.All(ranked, r => Assert.Equal(ImportanceSource.Votes, r.Source));
        Assert.Equal(10, byTheme["A"].Votes);
    }

    [Fact]
    public void Rank_NoVotes_ImportanceIsOneAndGapRanks()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("A", 1.0, 0, null),
            new PriorityInput("B", 2.5, 0, null),
            new PriorityInput("C", 0.5, 0, null),
        ]);

        Assert.Equal(["B", "A", "C"], ranked.Select(r => r.ThemeId));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
        Assert.All(ranked, r =>
        {
            Assert.Equal(1.0, r.Importance);
            Assert.Equal(ImportanceSource.None, r.Source);
            Assert.Equal(r.Gap, r.Score, Tolerance);
        });
    }

    [Fact]
    public void Rank_ManualImportance_OverridesVotesAndIsClamped()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("A", 1.0, 10, 2),
            new PriorityInput("B", 1.0, 0, 9),
            new PriorityInput("C", 1.0, 5, 0),
            new PriorityInput("D", 1.0, 5, null),
        ]);

        var byTheme = ranked.ToDictionary(r => r.ThemeId, StringComparer.Ordinal);
        Assert.Equal(2.0, byTheme["A"].Importance);
        Assert.Equal(ImportanceSource.Manual, byTheme["A"].Source);
        Assert.Equal(5.0, byTheme["B"].Importance);
        Assert.Equal(ImportanceSource.Manual, byTheme["B"].Source);
        Assert.Equal(1.0, byTheme["C"].Importance);
        Assert.Equal(ImportanceSource.Manual, byTheme["C"].Source);

        // The most votes (10) still sets the scale for voted themes even though A is set by hand.
        Assert.Equal(3.0, byTheme["D"].Importance, Tolerance);
        Assert.Equal(ImportanceSource.Votes, byTheme["D"].Source);
    }

    [Fact]
    public void Rank_ManualWithoutAnyVotes_KeepsNoneForOthers()
    {
        var ranked = PriorityRanking.Rank([new PriorityInput("A", 1.0, 0, 4), new PriorityInput("B", 2.0, 0, null)]);

        Assert.Equal(["A", "B"], ranked.Select(r => r.ThemeId)); // 4 × 1 > 1 × 2
        Assert.Equal(ImportanceSource.Manual, ranked[0].Source);
        Assert.Equal(ImportanceSource.None, ranked[1].Source);
        Assert.Equal(4.0, ranked[0].Score, Tolerance);
    }

    [Fact]
    public void Rank_Mixed_OrdersByGapTimesImportance()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("A", 2.0, 10, null), // 2 × 5 = 10
            new PriorityInput("B", 1.0, 5, null), // 1 × 3 = 3
            new PriorityInput("C", 3.0, 0, null), // 3 × 1 = 3, larger gap than B
            new PriorityInput("D", null, 10, null), // no gap: 0
            new PriorityInput("E", 1.0, 0, 7), // 1 × 5 = 5
        ]);

        Assert.Equal(["A", "E", "C", "B", "D"], ranked.Select(r => r.ThemeId));
        Assert.Equal([10.0, 5.0, 3.0, 3.0, 0.0], ranked.Select(r => r.Score));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_NegativeOrMissingGap_CountsAsZero()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("above-target", -1.5, 10, null),
            new PriorityInput("unknown", null, 0, null),
            new PriorityInput("small", 0.1, 0, null),
        ]);

        Assert.Equal("small", ranked[0].ThemeId);
        var above = ranked.Single(r => r.ThemeId == "above-target");
        Assert.Equal(0.0, above.Gap);
        Assert.Equal(0.0, above.Score);
        Assert.Equal(5.0, above.Importance, Tolerance);
    }

    [Fact]
    public void Rank_FullTie_KeepsFrameworkOrder()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("first", 1.0, 0, null),
            new PriorityInput("second", 1.0, 0, null),
            new PriorityInput("third", null, 0, null),
            new PriorityInput("fourth", 0.0, 0, null),
        ]);

        Assert.Equal(["first", "second", "third", "fourth"], ranked.Select(r => r.ThemeId));
    }

    [Fact]
    public void Rank_EqualScores_LargerGapFirst()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("important", 1.0, 0, 4), // 1 × 4 = 4
            new PriorityInput("wide", 4.0, 0, null), // 4 × 1 = 4
        ]);

        Assert.Equal(["wide", "important"], ranked.Select(r => r.ThemeId));
    }

    [Fact]
    public void Rank_Empty_ReturnsEmpty()
    {
        Assert.Empty(PriorityRanking.Rank([]));
    }

    [Fact]
    public void Rank_ThemesWithoutTarget_ComeLast_MarkedAndNotRankedOnAZeroGap()
    {
        var ranked = PriorityRanking.Rank(
        [
            new PriorityInput("none", null, 10, 5, HasTarget: false),
            new PriorityInput("small", 0.2, 0, null),
            new PriorityInput("zero", 0.0, 0, null),
            new PriorityInput("big", 1.5, 0, null),
        ]);

        Assert.Equal(["big", "small", "zero", "none"], ranked.Select(r => r.ThemeId));
        Assert.False(ranked[^1].HasTarget);
        Assert.All(ranked.Take(3), r => Assert.True(r.HasTarget));
        Assert.Equal(0, ranked[^1].Score);
    }
}
