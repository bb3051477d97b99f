namespace DataStrategy.Core.Analysis;

/// <summary>
/// Thematic priorities: score = max(gap, 0) × importance. Importance is set by hand (1–5) or comes
/// from workshop votes, 1 + 4 × votes ÷ the most votes any theme received; with neither it is 1,
/// so the gap alone ranks. Ties go to the larger gap, then the framework's order. Themes without a
/// target have no gap: they come last, in the framework's order, marked <see cref="RankedPriority.HasTarget"/> false.
/// </summary>
public static class PriorityRanking
{
    public const int MinImportance = 1;
    public const int MaxImportance = 5;

    public static IReadOnlyList<RankedPriority> Rank(IReadOnlyList<PriorityInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var maxVotes = inputs.Count == 0 ? 0 : inputs.Max(i => i.Votes);
        var scored = inputs.Select((input, order) =>
        {
            var gap = input.HasTarget ? Math.Max(input.Gap ?? 0, 0) : 0;
            var (importance, source) = input.ManualImportance is { } manual
                ? (Math.Clamp(manual, MinImportance, MaxImportance), ImportanceSource.Manual)
                : maxVotes > 0 ? (1 + (4.0 * input.Votes / maxVotes), ImportanceSource.Votes) : (1.0, ImportanceSource.None);
            return (input, order, gap, importance, source, score: gap * importance);
        })
        .OrderBy(x => x.input.HasTarget ? 0 : 1)
        .ThenByDescending(x => x.score)
        .ThenByDescending(x => x.gap)
        .ThenBy(x => x.order)
        .ToList();
        return scored.Select((x, i) => new RankedPriority(i + 1, x.input.ThemeId, x.gap, x.input.Votes, x.importance, x.source, x.score, x.input.HasTarget)).ToList();
    }
}
