namespace DataStrategy.Core.Translation;

/// <summary>
/// Checks a translated XLIFF file against the content as it is now and says what importing it would change.
/// All or nothing: any issue refuses the whole file. A valid file may be partial: only the targets it gives are
/// applied, an empty target is skipped (it never erases a translation), an unchanged one is counted as such.
/// </summary>
public static class XliffImport
{
    public const int MaxIssues = 200;

    /// <summary>Reads <paramref name="content"/> and plans its import into the current texts.</summary>
    public static XliffImportPlan Plan(
        byte[] content,
        string fileId,
        IReadOnlyList<TranslatableText> current,
        IReadOnlyCollection<string> targetLanguages)
    {
        var read = Xliff.Read(content);
        return read.IsValid ? Plan(read.Document!, fileId, current, targetLanguages) : Refused(read.Issues);
    }

    public static XliffImportPlan Plan(
        XliffDocument document,
        string fileId,
        IReadOnlyList<TranslatableText> current,
        IReadOnlyCollection<string> targetLanguages)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(targetLanguages);
        var issues = new List<XliffIssue>();
        var source = document.SourceLanguage;
        var target = document.TargetLanguage;
        if (!Languages.IsSupported(source))
        {
            issues.Add(new XliffIssue(XliffProblem.UnsupportedSourceLanguage, 1, Xliff.Shorten(source)));
        }

        if (!targetLanguages.Contains(target))
        {
            issues.Add(new XliffIssue(XliffProblem.TargetNotAnOrganisationLanguage, 1, Xliff.Shorten(target)));
        }
        else if (source == target)
        {
            issues.Add(new XliffIssue(XliffProblem.SameLanguages, 1, target));
        }

        if (document.FileId != fileId)
        {
            issues.Add(new XliffIssue(XliffProblem.WrongFile, 1, Xliff.Shorten(document.FileId)));
        }

        if (issues.Count > 0)
        {
            return Refused(issues, source, target);
        }

        var texts = current.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var changes = new List<TranslationChange>();
        var sourceChanged = new List<SourceChange>();
        int unchanged = 0, empty = 0, readOnly = 0;
        foreach (var unit in document.Units)
        {
            if (issues.Count >= MaxIssues)
            {
                break;
            }

            if (seen.TryGetValue(unit.Id, out var first))
            {
                issues.Add(new XliffIssue(XliffProblem.DuplicateId, unit.Line, Xliff.Shorten(unit.Id), first));
                continue;
            }

            seen[unit.Id] = unit.Line;
            if (!texts.TryGetValue(unit.Id, out var text))
            {
                issues.Add(new XliffIssue(XliffProblem.UnknownId, unit.Line, Xliff.Shorten(unit.Id)));
                continue;
            }

            var translation = unit.Target is null ? string.Empty : Xliff.Normalise(unit.Target);
            if (translation.Length > text.MaxLength)
            {
                issues.Add(new XliffIssue(XliffProblem.TooLong, unit.Line, Xliff.Shorten(unit.Id), text.MaxLength));
                continue;
            }

            if (Xliff.Normalise(text.Text[source] ?? string.Empty) != unit.Source)
            {
                sourceChanged.Add(new SourceChange(unit.Id, unit.Line));
            }

            var stored = text.Text[target];
            if (translation.Length == 0)
            {
                empty++;
            }
            else if (stored is not null && Xliff.Normalise(stored) == translation)
            {
                unchanged++;
            }
            else if (text.ReadOnly)
            {
                readOnly++;
            }
            else
            {
                changes.Add(new TranslationChange(unit.Id, translation, stored is not null));
            }
        }

        return issues.Count > 0
            ? Refused(issues, source, target)
            : new XliffImportPlan(source, target, changes, unchanged, empty, readOnly, sourceChanged, []);
    }

    private static XliffImportPlan Refused(IReadOnlyList<XliffIssue> issues, string source = "", string target = "") =>
        new(source, target, [], 0, 0, 0, [], issues);
}
