namespace DataStrategy.Core.Analysis;

public sealed record RankedPriority(int Rank, string ThemeId, double Gap, int Votes, double Importance, ImportanceSource Source, double Score);
