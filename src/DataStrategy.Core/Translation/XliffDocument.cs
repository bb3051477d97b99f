namespace DataStrategy.Core.Translation;

/// <summary>One XLIFF 2.0 document as this application writes and reads it: one file of units, one language pair.</summary>
public sealed record XliffDocument(string SourceLanguage, string TargetLanguage, string FileId, IReadOnlyList<TranslationUnit> Units, string? Original = null);
