namespace DataStrategy.Core.Analysis;

public sealed class AnalysisResult
{
    public required AnalysisOptions Options { get; init; }

    public required AnalysisStructure Structure { get; init; }

    public required int MaxLevel { get; init; }

    public required RespondentFilter Filter { get; init; }

    public required GroupResult All { get; init; }

    /// <summary>By department index (empty without breakdowns).</summary>
    public required IReadOnlyList<GroupResult> Departments { get; init; }

    /// <summary>By department kind (0…7), empty without breakdowns.</summary>
    public required IReadOnlyList<GroupResult> DepartmentKinds { get; init; }

    /// <summary>By respondent type (0…7), empty without breakdowns.</summary>
    public required IReadOnlyList<GroupResult> RespondentTypes { get; init; }

    /// <summary>The spread of department scores for a node, over departments shown (not suppressed); null under two.</summary>
    public DepartmentSpread? SpreadAcrossDepartments(NodeLevel level, int index)
    {
        DepartmentSpread? spread = null;
        var shown = 0;
        for (var d = 0; d < Departments.Count; d++)
        {
            if (Departments[d].Node(level, index).Score is not { } score)
            {
                continue;
            }

            shown++;

            spread = spread is null
                ? new DepartmentSpread(d, score, d, score)
                : spread with
                {
                    Lowest = score < spread.LowestScore ? d : spread.Lowest,
                    LowestScore = Math.Min(score, spread.LowestScore),
                    Highest = score > spread.HighestScore ? d : spread.Highest,
                    HighestScore = Math.Max(score, spread.HighestScore),
                };
        }

        return shown >= 2 ? spread : null;
    }
}
