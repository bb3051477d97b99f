namespace DataStrategy.Core.Documents;

/// <summary>A verbatim quote as it was said: its words and their language (a code; null when it was not recorded).</summary>
public sealed record ReportQuote(string Text, string? Language);
