namespace DataStrategy.Core.Translation;

/// <summary>
/// What importing a file would change: the translations to write and the counts to report, or the issues that
/// refuse the whole file (an invalid file changes nothing). Warnings (source texts changed since the export) do
/// not refuse it.
/// </summary>
public sealed record XliffImportPlan(
    string SourceLanguage,
    string TargetLanguage,
    IReadOnlyList<TranslationChange> Changes,
    int Unchanged,
    int SkippedEmpty,
    int SkippedReadOnly,
    IReadOnlyList<SourceChange> SourceChanged,
    IReadOnlyList<XliffIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;

    public int New => Changes.Count(c => !c.Replaces);

    public int Changed => Changes.Count(c => c.Replaces);
}
