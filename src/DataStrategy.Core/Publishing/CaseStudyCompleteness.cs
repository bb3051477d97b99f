using DataStrategy.Core.Text;

namespace DataStrategy.Core.Publishing;

/// <summary>
/// What a case study needs before it may reach the public site, and keeps while it is there: the sections a reader
/// cannot do without, and a text alternative for every image, in every language of the organisation.
/// </summary>
public static class CaseStudyCompleteness
{
    public static IReadOnlyList<string> RequiredSections { get; } = ["Title", "Summary", "Problem", "Outcome"];

    /// <param name="section">The text of a section by name (<see cref="RequiredSections"/>).</param>
    public static IEnumerable<(string Section, string Language)> MissingTexts(Func<string, LocalizedText> section, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(section);
        var wanted = languages.ToList();
        foreach (var name in RequiredSections)
        {
            var text = section(name);
            foreach (var language in wanted.Where(l => string.IsNullOrWhiteSpace(text[l])))
            {
                yield return (name, language);
            }
        }
    }

    /// <summary>Images (in their order) whose text alternative is missing in one of the languages: position from 1, language.</summary>
    public static IEnumerable<(int Position, string Language)> MissingAltTexts(IEnumerable<LocalizedText> altTexts, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(altTexts);
        var wanted = languages.ToList();
        var n = 0;
        foreach (var alt in altTexts)
        {
            n++;
            foreach (var language in wanted.Where(l => string.IsNullOrWhiteSpace(alt[l])))
            {
                yield return (n, language);
            }
        }
    }
}
