namespace DataStrategy.Core.Analysis;

public sealed record PriorityInput(string ThemeId, double? Gap, int Votes, int? ManualImportance);
