using DataStrategy.Core.Text;

namespace DataStrategy.Core.Translation;

/// <summary>
/// One text of the content as it is now: its stable ID (<c>initiative.{guid}.title</c>), what kind of text it is
/// (<c>Initiative.Title</c>), its languages, the longest translation it takes, and whether the person importing
/// may change it (a published case study only by the programme lead).
/// </summary>
public sealed record TranslatableText(string Id, string Kind, LocalizedText Text, int MaxLength, bool ReadOnly = false, string? Context = null);
