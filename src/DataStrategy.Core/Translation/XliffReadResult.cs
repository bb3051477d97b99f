namespace DataStrategy.Core.Translation;

/// <summary>A document read from a file, or the reasons it was refused (never both).</summary>
public sealed record XliffReadResult(XliffDocument? Document, IReadOnlyList<XliffIssue> Issues)
{
    public bool IsValid => Document is not null && Issues.Count == 0;
}
