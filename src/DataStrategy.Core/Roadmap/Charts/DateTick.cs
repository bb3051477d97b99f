namespace DataStrategy.Core.Roadmap.Charts;

/// <summary>A labelled date of the time axis.</summary>
public sealed record DateTick(DateOnly Date, string Label);
