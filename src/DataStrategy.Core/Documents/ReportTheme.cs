namespace DataStrategy.Core.Documents;

public sealed record ReportTheme(string Id, string Name, double? Score, int? Target, double? Previous, int Respondents, double? CiLow, double? CiHigh);
