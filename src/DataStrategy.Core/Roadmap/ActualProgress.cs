namespace DataStrategy.Core.Roadmap;

/// <summary>Actual progress of one initiative, for checking dependencies against what really happened.</summary>
/// <param name="Start">Month work actually started, when recorded.</param>
/// <param name="Finish">Month work actually finished, when recorded.</param>
/// <param name="Started">Whether it has started (in progress or done), even without a recorded start.</param>
/// <param name="Finished">Whether it is done.</param>
public readonly record struct ActualProgress(DateOnly? Start, DateOnly? Finish, bool Started, bool Finished);
