using DataStrategy.Core.Imports;

namespace DataStrategy.Core.Frameworks;

public sealed record TranslationImportResult(FrameworkDefinition? Framework, IReadOnlyList<ImportIssue> Issues, int ChangedTexts)
{
    public bool IsValid => Framework is not null && Issues.Count == 0;
}
