namespace DataStrategy.Core.Analysis;

/// <summary>A theme's place in the priorities. Without a target (<see cref="HasTarget"/> false) it has no gap to rank on: it comes after every ranked theme and is shown as "no target set".</summary>
public sealed record RankedPriority(int Rank, string ThemeId, double Gap, int Votes, double Importance, ImportanceSource Source, double Score, bool HasTarget = true);
