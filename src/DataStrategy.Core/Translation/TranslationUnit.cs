namespace DataStrategy.Core.Translation;

/// <summary>
/// One text in an exchange file: its stable ID, the source text, the translation (null when there is none yet),
/// and for translators the notes that say what the text is (<c>Initiative title</c>) and what it belongs to.
/// <paramref name="Line"/> is where the unit starts in a file that was read (0 for one being written).
/// </summary>
public sealed record TranslationUnit(string Id, string Source, string? Target, string? Note = null, string? Context = null, int Line = 0);
