using DataStrategy.Core.Analysis;
using DataStrategy.Data.Entities;

namespace DataStrategy.Data.Analysis;

/// <summary>A ranked theme with what it was ranked from: the stored importance and reasoning, if any.</summary>
public sealed record PriorityRow(RankedPriority Ranked, ThemePriority? Stored);
