namespace DataStrategy.Core.Analysis;

/// <summary>Where departments see a question or theme most differently: the spread of their scores.</summary>
public sealed record DepartmentSpread(int Lowest, double LowestScore, int Highest, double HighestScore)
{
    public double Range => HighestScore - LowestScore;
}
