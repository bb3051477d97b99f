using DataStrategy.Core.Text;
using DataStrategy.Core.Translation;

namespace DataStrategy.Data.Translations;

/// <summary>
/// One translatable text of the content, with the record that guards it: the versioned row whose concurrency token
/// a translation must match (a case study's figures and images are guarded by the case study), and that record's
/// heading so that a translator sees what the text belongs to.
/// </summary>
public sealed class ContentText
{
    internal ContentText()
    {
    }

    public TranslatableText Text { get; init; } = null!;

    /// <summary>The guarding record: "initiative.{guid}", "question.lead-01".</summary>
    public string GroupKey { get; init; } = null!;

    /// <summary>What the guarding record is ("Initiative", "Framework.question"), for its heading.</summary>
    public string GroupKind { get; init; } = null!;

    public LocalizedText GroupTitle { get; init; } = null!;

    public Guid OwnerId { get; init; }

    public Guid OwnerVersion { get; init; }

    internal object Owner { get; init; } = null!;

    internal Action<string, string> Write { get; init; } = null!;

    public string Id => Text.Id;

    public string Kind => Text.Kind;

    public LocalizedText Value => Text.Text;

    /// <summary>The text for an exchange file: the record's title as context, unless the text is that title.</summary>
    public TranslatableText ForExport(string sourceLanguage) =>
        ReferenceEquals(GroupTitle, Text.Text) || GroupTitle.IsEmpty ? Text : Text with { Context = GroupTitle.Resolve(sourceLanguage).Text };
}
