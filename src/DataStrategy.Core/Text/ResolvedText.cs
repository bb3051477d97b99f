namespace DataStrategy.Core.Text;

/// <summary>A text as shown to one reader: the words, the language they are in, and whether that is a fallback.</summary>
/// <param name="Language">The language of <paramref name="Text"/> (the requested one when the text is empty).</param>
/// <param name="IsFallback">True when the reader's language had no text and another language's is shown.</param>
public readonly record struct ResolvedText(string Text, string? Language, bool IsFallback)
{
    /// <summary>The value of a <c>lang</c> attribute for a reader of <paramref name="pageLanguage"/>: null when none is needed.</summary>
    public string? LangFor(string? pageLanguage) => Language is null || Language == pageLanguage ? null : Language;

    public override string ToString() => Text;
}
